import Foundation

/// How a question set lays its answers out in Markdown, and how that Markdown reads back into answers.
/// Both directions live here so that they cannot drift apart.
///
/// - A question with a `heading` starts a `## ` section; the questions after it belong to it.
/// - A question with a `label` starts with `**Label :**` (French) or `**Label:**` (English).
/// - An anecdote is a `### ` subsection, headed by its title or by the set's `item` text.
/// - Lists and links are bullets; the rating and the target are shown where the set places them, but
///   read back from the front matter (`level`, `target`, `target_by`), never from the body.
struct EssayLayout {
  let set: PromptSet
  let language: Language
  let subject: Subject
  /// Reading a page written by hand rather than by bilan: labels as people write them
  /// (`**Actualité** :`), every `### ` of an evidence section an anecdote, unlabelled text kept.
  var tolerant = false
  /// The address of each project's page, by the folded name an answer gives it (`Skill.key`): a project
  /// named without an address links to its page, and that address is not read back into the answer.
  var projectLinks: [String: String] = [:]

  func fill(_ text: LocalizedText, number: Int? = nil) -> String {
    Headings.fill(text[language], subject: subject, language: language, number: number)
  }

  func lead(_ label: LocalizedText) -> String {
    "**" + fill(label) + (language == .fr ? " :**" : ":**")
  }

  // MARK: Writing

  func sections(answers: [String: String], level: Int?, target: Essay.Goal?) -> [Essay.Section] {
    var sections: [Essay.Section] = []
    var blocks: [String] = []
    var current = (id: "", heading: "")
    func close() {
      if !blocks.isEmpty {
        sections.append(
          Essay.Section(questionID: current.id, heading: current.heading, text: blocks.joined(separator: "\n\n")))
      }
      blocks = []
    }
    for question in set.questions {
      if let heading = question.heading {
        close()
        current = (question.id, fill(heading))
      }
      guard question.isInBody else { continue }
      if let block = render(question, answers: answers, level: level, target: target) { blocks.append(block) }
    }
    close()
    return sections
  }

  private func render(
    _ question: PromptSet.Question, answers: [String: String], level: Int?, target: Essay.Goal?
  ) -> String? {
    switch question.kind {
    case .anecdotes:
      return anecdotes(question, answers: answers)
    case .rating:
      guard let level else { return nil }
      return labelled(question, "\(level)/5 — \(RatingScale.descriptor(level, language))", inline: true)
    case .target:
      guard let target else { return nil }
      let name = RatingScale.name(target.level, language)
      let text = language.pick(
        "niveau \(target.level)/5 (\(name)) d'ici \(target.due)", "level \(target.level)/5 (\(name)) by \(target.due)")
      return labelled(question, text, inline: true)
    case .generated:
      let links = allLinks(answers: answers, from: question.from)
      return links.isEmpty ? nil : links.map { "- " + $0.markdown }.joined(separator: "\n")
    default:
      guard let answer = answers[question.id], !answer.isEmpty else { return nil }
      return block(question, answer)
    }
  }

  /// One answer as Markdown, with its label.
  private func block(_ question: PromptSet.Question, _ answer: String) -> String {
    let lines = answer.components(separatedBy: "\n")
    switch question.kind {
    case .list:
      return labelled(question, lines.map { "- " + $0 }.joined(separator: "\n"), inline: false)
    case .links:
      return labelled(
        question, lines.compactMap(Link.init).map { "- " + $0.markdown }.joined(separator: "\n"), inline: false)
    case .skills:
      return labelled(question, SkillList.parse(answer).map { "- " + $0 }.joined(separator: "\n"), inline: false)
    case .link:
      return labelled(question, Link(answer).map { shown($0, question) }?.markdown ?? answer, inline: true)
    case .line:
      return labelled(question, answer, inline: true)
    default:
      // Prose: the label leads the first paragraph unless the answer opens with a list, a heading…
      let opensBlock = lines.count > 1 && lines.contains("") || Self.opensBlock(lines[0])
      return labelled(question, answer, inline: !opensBlock)
    }
  }

  static func opensBlock(_ line: String) -> Bool {
    ["- ", "* ", "+ ", "#", ">", "|", "```", "<"].contains { line.hasPrefix($0) }
      || line.range(of: #"^\d+\. "#, options: .regularExpression) != nil
  }

  private func labelled(_ question: PromptSet.Question, _ text: String, inline: Bool) -> String {
    guard let label = question.label else { return text }
    return inline ? "\(lead(label)) \(text)" : "\(lead(label))\n\n\(text)"
  }

  private func anecdotes(_ question: PromptSet.Question, answers: [String: String]) -> String? {
    let count = max(question.min, Int(answers[question.id] ?? "") ?? 0)
    var out: [String] = []
    for number in stride(from: 1, through: count, by: 1) {
      let key = { (part: String) in Interview.key(question.id, number, part) }
      let parts = question.parts.compactMap { part -> String? in
        guard part.label != nil, let answer = answers[key(part.id)], !answer.isEmpty else { return nil }
        return block(part, answer)
      }
      let title = answers[key("title")].flatMap { $0.isEmpty ? nil : $0 }
      guard !parts.isEmpty || title != nil else { continue }
      out.append((["### " + (title ?? itemHeading(question, number))] + parts).joined(separator: "\n\n"))
    }
    return out.isEmpty ? nil : out.joined(separator: "\n\n")
  }

  /// A link as the essay shows it: a project's name alone gets the address of the project's page.
  func shown(_ link: Link, _ question: PromptSet.Question) -> Link {
    guard question.namesProject, link.address == nil, let name = link.name,
      let address = projectLinks[Skill.key(for: name)]
    else { return link }
    return Link(name: name, address: address)
  }

  /// The inverse: the address `shown` gave is not part of the answer.
  func typed(_ link: Link, _ question: PromptSet.Question) -> Link {
    guard question.namesProject, let name = link.name, let address = link.address,
      projectLinks[Skill.key(for: name)] == address
    else { return link }
    return Link(name: name, address: nil)
  }

  func itemHeading(_ question: PromptSet.Question, _ number: Int) -> String {
    fill(question.item ?? PromptSet.Question.defaultItem, number: number)
  }

  /// Every link the entry gives (link and links answers, anecdotes included), in order, each once;
  /// only those of the questions named in `from` when it is not empty.
  func allLinks(answers: [String: String], from: [String] = []) -> [Link] {
    var seen = Set<Link>()
    var links: [Link] = []
    func add(_ question: PromptSet.Question, _ key: String) {
      guard question.kind == .link || question.kind == .links, let answer = answers[key],
        from.isEmpty || from.contains(question.id)
      else { return }
      let shown = answer.components(separatedBy: "\n").compactMap(Link.init).map { self.shown($0, question) }
      for link in shown where seen.insert(link).inserted {
        links.append(link)
      }
    }
    for question in set.questions {
      if question.kind == .anecdotes {
        let count = max(question.min, Int(answers[question.id] ?? "") ?? 0)
        for number in stride(from: 1, through: count, by: 1) {
          for part in question.parts { add(part, Interview.key(question.id, number, part.id)) }
        }
      } else {
        add(question, question.id)
      }
    }
    return links
  }

  // MARK: Reading back
  //
  // The exact inverse of writing: a heading is followed by one blank line, and blocks, anecdotes and
  // sections are separated by one blank line. Only those blank lines are dropped, so an answer that
  // starts or ends with blank lines reads back as it was typed.

  /// The answers written in an essay's body (the lines after its front matter).
  func read(body: [String]) -> [String: String] {
    var answers: [String: String] = [:]
    // Sections: each heading question with the questions that follow it.
    var groups: [(heading: String?, questions: [PromptSet.Question])] = [(nil, [])]
    for question in set.questions {
      if let heading = question.heading { groups.append((fill(heading), [])) }
      groups[groups.count - 1].questions.append(question)
    }
    let headings = Set(groups.compactMap(\.heading))
    var chunks: [String?: [String]] = [nil: []]
    var current: String?
    for line in body {
      if line.hasPrefix("## "), headings.contains(String(line.dropFirst(3))) {
        if chunks[current]?.last == "" { chunks[current]?.removeLast() }
        current = String(line.dropFirst(3))
        chunks[current] = []
      } else {
        chunks[current, default: []].append(line)
      }
    }
    for group in groups {
      guard var lines = chunks[group.heading] else { continue }
      if group.heading != nil, lines.first == "" { lines.removeFirst() }
      read(lines, questions: group.questions, key: { $0.id }, into: &answers)
    }
    return answers.filter { !$0.value.isEmpty }
  }

  /// The first line of an edited body that did not find a place in the answers read from it (a heading or
  /// a label renamed, text added where only a link fits…): storing those answers would lose it. Lines
  /// shown from the front matter (rating, target) and generated sections are not checked: they are
  /// rebuilt from what they show.
  func firstUnplacedLine(body: [String], answers: [String: String], level: Int?, target: Essay.Goal?) -> Int? {
    let rendered = sections(answers: answers, level: level, target: target)
      .flatMap { ["## " + $0.heading] + $0.text.components(separatedBy: "\n") }
    let leads = set.questions.flatMap { [$0] + $0.parts }.compactMap { $0.label.map(lead) }
    let derived = set.questions.filter { $0.kind == .rating || $0.kind == .target }.compactMap { $0.label.map(lead) }
    let generated = Set(set.questions.filter { $0.kind == .generated }.compactMap { $0.heading.map { fill($0) } })
    let headings = Set(set.questions.compactMap { $0.heading.map { "## " + fill($0) } })
    func content(_ line: String) -> String {
      guard let label = leads.first(where: { line.hasPrefix($0) }) else { return line }
      return line.dropFirst(label.count).trimmingCharacters(in: .whitespaces)
    }
    let known = Set(rendered.map(content))
    var inGenerated = false
    for (index, line) in body.enumerated() {
      if headings.contains(line) {
        inGenerated = generated.contains(String(line.dropFirst(3)))
        continue
      }
      let text = content(line)
      if inGenerated && line.hasPrefix("- ") || text.trimmingCharacters(in: .whitespaces).isEmpty { continue }
      if derived.contains(where: { line.hasPrefix($0) }) { continue }
      if !known.contains(text) { return index }
    }
    return nil
  }

  /// The answers in a hand-written page's sections, each given with the id of its heading question.
  func read(sections: [(questionID: String, text: String)]) -> [String: String] {
    var answers: [String: String] = [:]
    var groups: [String: [PromptSet.Question]] = [:]
    var current: String?
    for question in set.questions {
      if question.heading != nil { current = question.id }
      if let current { groups[current, default: []].append(question) }
    }
    for section in sections {
      guard let questions = groups[section.questionID] else { continue }
      var lines = section.text.components(separatedBy: "\n")
      if lines.last == "" { lines.removeLast() }
      while lines.first?.isBlank == true { lines.removeFirst() }
      while lines.last?.isBlank == true { lines.removeLast() }
      read(lines, questions: questions, key: { $0.id }, into: &answers)
    }
    return answers.filter { !$0.value.isEmpty }
  }

  /// The question whose label opens the line, and the rest of the line.
  private func labelOpening(_ line: String, among questions: [PromptSet.Question]) -> (PromptSet.Question, Substring)? {
    if let question = questions.first(where: { $0.label.map { line.hasPrefix(lead($0)) } ?? false }) {
      var rest = line.dropFirst(lead(question.label!).count)
      if rest.first == " " { rest = rest.dropFirst() }
      return (question, rest)
    }
    guard tolerant, let found = HeadingText.leadingLabel(line), !found.words.isEmpty else { return nil }
    // The set's label in the page's language, or the question's own name (STAR's *Action*, *Result*).
    guard
      let question = questions.first(where: { question in
        guard let label = question.label else { return false }
        return HeadingText.alike(found.words, HeadingText.labelWords(fill(label)))
          || found.words == HeadingText.labelWords(question.id)
      })
    else { return nil }
    return (question, found.rest)
  }

  /// Splits lines at the labels of `questions` and reads each part as its question's answer.
  private func read(
    _ lines: [String], questions: [PromptSet.Question], key: (PromptSet.Question) -> String,
    into answers: inout [String: String]
  ) {
    // Text under no label belongs to the section's own question; by hand, a page may also write it where
    // bilan writes a label: it goes to the first labelled text question rather than nowhere.
    var owner: PromptSet.Question? =
      questions.first { $0.label == nil && $0.isInBody }
      ?? (tolerant ? questions.first { $0.label != nil && ($0.kind == .text || $0.kind == .evidence) } : nil)
    var taken: [String] = []
    func flush() {
      if let owner { store(taken, for: owner, key: key(owner), into: &answers) }
      taken = []
    }
    var index = 0
    while index < lines.count {
      let line = lines[index]
      index += 1
      guard let (question, rest) = labelOpening(line, among: questions) else {
        taken.append(line)
        continue
      }
      if taken.last == "" { taken.removeLast() }
      flush()
      owner = question
      if rest.isEmpty {
        if index < lines.count, lines[index] == "" { index += 1 }  // the label stood on its own line
      } else {
        taken.append(String(rest))
      }
    }
    flush()
  }

  private func store(
    _ lines: [String], for question: PromptSet.Question, key: String, into answers: inout [String: String]
  ) {
    let bullets = lines.compactMap { line -> String? in
      guard line.hasPrefix("- ") || line.hasPrefix("* ") else { return nil }
      return String(line.dropFirst(2)).trimmingCharacters(in: .whitespaces)
    }
    switch question.kind {
    case .text, .evidence:
      answers[key] = lines.joined(separator: "\n")
    case .line:
      answers[key] = lines.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }?
        .trimmingCharacters(in: .whitespaces)
    case .list:
      answers[key] = bullets.joined(separator: "\n")
    case .links:
      answers[key] = bullets.compactMap(Link.fromMarkdown).map(\.typed).joined(separator: "\n")
    case .link:
      answers[key] = lines.lazy.compactMap(Link.fromMarkdown).first.map { typed($0, question).typed }
    case .skills:
      answers[key] = bullets.joined(separator: ", ")
    case .anecdotes:
      readAnecdotes(lines, question, into: &answers)
    case .rating, .target:
      // From the front matter; a hand-written page may say it only in its text (`**Mon niveau :** 3/5`).
      if tolerant { answers[key] = lines.joined(separator: " ").trimmingCharacters(in: .whitespaces) }
    case .tags, .generated:
      break  // built from other answers
    }
  }

  private func readAnecdotes(_ lines: [String], _ question: PromptSet.Question, into answers: inout [String: String]) {
    let leads = question.parts.compactMap { $0.label.map(lead) }
    // A `### ` line starts an anecdote when what follows is one: a label, another anecdote, or the end.
    // Inside an answer (`### Details` then prose) it is the answer's own text.
    func startsAnecdote(_ index: Int) -> Bool {
      guard lines[index].hasPrefix("### ") else { return false }
      if tolerant { return true }
      guard let next = lines[(index + 1)...].first(where: { !$0.isEmpty }) else { return true }
      return next.hasPrefix("### ") || leads.contains { next.hasPrefix($0) }
    }
    var stories: [(title: String, lines: [String])] = []
    for (index, line) in lines.enumerated() {
      if startsAnecdote(index) {
        if stories.last?.lines.last == "" { stories[stories.count - 1].lines.removeLast() }
        stories.append((String(line.dropFirst(4)), []))
      } else if !stories.isEmpty {
        if stories[stories.count - 1].lines.isEmpty, line == "" { continue }  // after the ### line
        stories[stories.count - 1].lines.append(line)
      }
    }
    // By hand, one anecdote may be told without a heading of its own.
    if stories.isEmpty, tolerant, lines.contains(where: { !$0.isBlank }) {
      stories = [(itemHeading(question, 1), lines)]
    }
    guard !stories.isEmpty else { return }
    // The interview records a count only past the minimum; so does reading back.
    if stories.count > question.min { answers[question.id] = String(stories.count) }
    for (index, story) in stories.enumerated() {
      let number = index + 1
      // An untitled anecdote shows the set's `item` heading, whatever its number was when written.
      let untitled = (1...max(question.max, stories.count)).contains { story.title == itemHeading(question, $0) }
      if !untitled, question.parts.contains(where: { $0.id == "title" }) {
        answers[Interview.key(question.id, number, "title")] = story.title
      }
      read(story.lines, questions: question.parts, key: { Interview.key(question.id, number, $0.id) }, into: &answers)
    }
  }
}
