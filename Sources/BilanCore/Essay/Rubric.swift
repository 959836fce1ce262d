/// What a finished essay meets and misses of its set's rubric: each `required` question, each
/// `min_words`, the number of anecdotes and what each of them needs, a section of links to generate.
public struct RubricReport: Sendable, Equatable {
  public struct Line: Sendable, Equatable {
    public var met: Bool
    public var text: String
  }

  public var lines: [Line]
  public var met: Int { lines.filter(\.met).count }
  public var missed: Int { lines.count - met }
  public var isComplete: Bool { missed == 0 }
}

public enum Rubric {
  public static func check(
    set: PromptSet, answers: [String: String], level: Int?, target: Essay.Goal?, language: Language,
    subject: Subject, messages: Language? = nil
  ) -> RubricReport {
    // Headings in the essay's language; what is met or missed in the reader's.
    let layout = EssayLayout(set: set, language: language, subject: subject)
    let messages = messages ?? language
    let say = messages.pick
    var lines: [RubricReport.Line] = []
    var section = ""
    for question in set.questions {
      if let heading = question.heading { section = layout.fill(heading) }
      let place =
        question.label.map { say("\(section) : « \(layout.fill($0)) »", "\(section): '\(layout.fill($0))'") }
        ?? say("\(section) :", "\(section):")
      func add(_ met: Bool, _ fr: String, _ en: String) {
        lines.append(.init(met: met, text: "\(place) \(say(fr, en))"))
      }
      switch question.kind {
      case .rating where question.required:
        if let level {
          add(true, "niveau \(level)/5", "level \(level)/5")
        } else {
          add(false, "aucun niveau", "no level")
        }
      case .target where question.required:
        if let target {
          add(true, "objectif \(target.level)/5 d'ici \(target.due)", "target \(target.level)/5 by \(target.due)")
        } else {
          add(false, "aucun objectif", "no target")
        }
      case .generated where question.required:
        let count = layout.allLinks(answers: answers, from: question.from).count
        if count > 0 {
          add(true, plural(count, "lien", "liens"), plural(count, "link", "links"))
        } else {
          add(
            false, "aucun lien à lister (donnez le projet de chaque anecdote)",
            "no link to list (give each story's project)")
        }
      case .anecdotes:
        lines += anecdotes(question, answers: answers, section: section, layout: layout, messages: messages)
      case .rating, .target, .generated, .tags:
        break
      default:
        if let line = answered(question, answers[question.id], place: place, language: messages) { lines.append(line) }
      }
    }
    return RubricReport(lines: lines)
  }

  /// A required answer, and its number of words when the set asks for a minimum.
  static func answered(_ question: PromptSet.Question, _ answer: String?, place: String, language: Language)
    -> RubricReport.Line?
  {
    let say = language.pick
    guard let answer, !answer.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
      guard question.required || question.minWords != nil else { return nil }
      return .init(met: false, text: "\(place) \(say("manquant", "missing"))")
    }
    guard let minimum = question.minWords else {
      return question.required ? .init(met: true, text: "\(place) \(say("présent", "present"))") : nil
    }
    let count = words(answer)
    // Plural in French from 2 on (`1 mot`), in English from anything but 1.
    let counted = say(count > 1 ? "\(count) mots" : "\(count) mot", plural(count, "word", "words"))
    if count >= minimum {
      return .init(
        met: true, text: "\(place) \(say("\(counted) (au moins \(minimum))", "\(counted) (at least \(minimum))"))")
    }
    return .init(
      met: false,
      text: "\(place) \(say("\(counted), il en faut au moins \(minimum)", "\(counted), at least \(minimum) needed"))")
  }

  static func anecdotes(
    _ question: PromptSet.Question, answers: [String: String], section: String, layout: EssayLayout,
    messages: Language
  ) -> [RubricReport.Line] {
    let say = messages.pick
    let started = max(question.min, Int(answers[question.id] ?? "") ?? 0)
    let told = (1...max(started, 1)).filter { number in
      number <= started && question.parts.contains { answers[Interview.key(question.id, number, $0.id)] != nil }
    }
    var lines: [RubricReport.Line] = []
    let prefix = say("\(section) :", "\(section):")
    let range = say("de \(question.min) à \(question.max)", "\(question.min) to \(question.max)")
    let counted = say(plural(told.count, "anecdote", "anecdotes"), plural(told.count, "story", "stories"))
    if (question.min...question.max).contains(told.count) {
      lines.append(.init(met: true, text: "\(prefix) \(counted) (\(range))"))
    } else if question.required || question.min > 0 {
      lines.append(
        .init(met: false, text: "\(prefix) \(say("\(counted), il en faut \(range)", "\(counted), \(range) needed"))"))
    }
    for part in question.parts where part.required || part.minWords != nil {
      let label = layout.fill(part.label ?? LocalizedText(fr: part.id, en: part.id))
      let lacking = told.filter { number in
        let answer = answers[Interview.key(question.id, number, part.id)] ?? ""
        if answer.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return part.required }
        return part.minWords.map { words(answer) < $0 } ?? false
      }
      guard !told.isEmpty else { continue }
      let what =
        part.minWords.map { say("« \(label) » d'au moins \($0) mots", "'\(label)' of at least \($0) words") }
        ?? say("« \(label) »", "'\(label)'")
      if lacking.isEmpty {
        lines.append(
          .init(met: true, text: "\(prefix) \(say("chaque anecdote a \(what)", "every story has \(what)"))"))
      } else {
        let which = lacking.map(String.init).joined(separator: ", ")
        lines.append(
          .init(
            met: false,
            text:
              "\(prefix) \(say("\(plural(lacking.count, "anecdote", "anecdotes")) sans \(what) (n° \(which))", "\(plural(lacking.count, "story has", "stories have")) no \(what) (#\(which))"))"
          ))
      }
    }
    return lines
  }

  /// Words as a reader counts them: runs of text holding at least one letter or digit.
  public static func words(_ text: String) -> Int {
    text.split(whereSeparator: { $0.isWhitespace }).filter { $0.contains(where: { $0.isLetter || $0.isNumber }) }.count
  }

  /// `1 word`, `2 words`.
  static func plural(_ count: Int, _ one: String, _ many: String) -> String {
    "\(count) \(count == 1 ? one : many)"
  }
}
