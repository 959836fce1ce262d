import Foundation
import Testing

@testable import BilanCore

/// A complete `portfolio` interview, laid out as an essay, checked against the rubric and read back.
@Suite struct PortfolioEssayTests {
  let set = try! PromptLibrary.shipped("portfolio")!
  let subject = Subject(skill: "Autonomie professionnelle", gender: .f)

  static let definition = Array(repeating: "L'autonomie se montre quand je décide seul et rends compte.", count: 10)
    .joined(separator: " ")

  /// The lines a user types, anecdote by anecdote: `links[i]` is anecdote i's project (nil skips it).
  static func lines(anecdotes links: [String?]) -> [String] {
    var lines = [definition, ".", "Le télétravail s'est généralisé.", ".", "https://example.org/teletravail"]
    for (index, link) in links.enumerated() {
      if index > 0 { lines.append("o") }
      lines += [
        "Anecdote \(index + 1) titre", "Situation \(index + 1).", ".", "Tâche.", ".", "J'ai agi.", "",
        "Deux paragraphes.", ".",
        "Trente pour cent de temps gagné.", ".", "Ma valeur.", ".", link ?? ":skip",
      ]
    }
    if links.count < 3 { lines.append("n") }
    lines += [
      "3", "Le tableau de bord livré seul.", ".", "Centrale.", ".", "Deux ans.", ".", "Demander tôt.", ".",
      "4", "2027-06", "- MOOC gestion", "Certification", ".", "Une définition et trois preuves", "Citi, Transverse",
    ]
    return lines
  }

  func interview(_ links: [String?]) -> Interview {
    var interview = Interview(questions: set.asked)
    for line in Self.lines(anecdotes: links) { _ = interview.receive(line) }
    return interview
  }

  func essay(_ answers: [String: String]) -> Essay {
    var entry = Entry(
      skillID: 1, promptSet: "portfolio", lang: .fr, title: "Autonomie professionnelle",
      now: Date(timeIntervalSince1970: 0), utcOffset: 3600)
    entry.status = .done
    entry.date = Date(timeIntervalSince1970: 1_764_322_200)
    entry.description = answers["description"] ?? ""
    let target = answers["target"].map { $0.components(separatedBy: "\n") }.map {
      Essay.Goal(level: Int($0[0])!, due: $0[1])
    }
    return Essay(
      entry: entry, subject: subject, set: set, answers: answers, tags: Tags.parse(answers["tags"] ?? ""),
      level: answers["rating"].flatMap(Int.init), target: target)
  }

  @Test func a_complete_interview_exports_every_rubric_section_in_order() throws {
    let interview = interview(["Transitions 4.0 ../../projets/citi", "[Tableau de bord](../../projets/dash)"])
    #expect(interview.isFinished)
    let markdown = essay(interview.answers).markdown
    let headings = markdown.components(separatedBy: "\n").filter { $0.hasPrefix("## ") }
    #expect(
      headings == [
        "## Ma définition", "## Mes éléments de preuve", "## Mon autocritique", "## Mon évolution",
        "## Réalisations associées",
      ])
    let anecdotes = markdown.components(separatedBy: "\n").filter { $0.hasPrefix("### ") }
    #expect(anecdotes == ["### Anecdote 1 titre", "### Anecdote 2 titre"])
    #expect(markdown.contains("**Projet :** [Transitions 4.0](../../projets/citi)\n"))
    #expect(markdown.contains("**Projet :** [Tableau de bord](../../projets/dash)\n"))
    #expect(markdown.contains("**Ce que j'ai fait :**\n\nJ'ai agi.\n\nDeux paragraphes.\n"))
    #expect(markdown.contains("**Mon niveau :** 3/5 — Autonome (acquis)"))
    #expect(markdown.contains("**Objectif :** niveau 4/5 (Maîtrisé) d'ici 2027-06\n"))
    #expect(markdown.contains("**Formations :**\n\n- MOOC gestion\n- Certification\n"))
    // The generated section lists the anecdotes' projects, not the trend's source.
    #expect(
      markdown.hasSuffix(
        "## Réalisations associées\n\n- [Transitions 4.0](../../projets/citi)\n- [Tableau de bord](../../projets/dash)\n"
      ))
    #expect(markdown.contains("target: 4\ntarget_by: \"2027-06\"\n"))
  }

  @Test func the_rubric_is_met_by_a_complete_essay() {
    let interview = interview(["Citi ../../projets/citi"])
    let report = Rubric.check(
      set: set, answers: interview.answers, level: 3, target: Essay.Goal(level: 4, due: "2027-06"), language: .fr,
      subject: subject)
    #expect(report.isComplete, "\(report.lines.filter { !$0.met })")
    #expect(report.lines.contains { $0.text == "Mes éléments de preuve : 1 anecdote (de 1 à 3)" })
  }

  @Test func the_rubric_names_what_is_missing_in_the_users_words() {
    var answers = interview(["Citi", nil, "Dash"]).answers
    answers["definition"] = "Trop court."
    let report = Rubric.check(set: set, answers: answers, level: nil, target: nil, language: .en, subject: subject)
    let missing = report.lines.filter { !$0.met }.map(\.text)
    #expect(
      missing == [
        "My definition: 2 words, at least 80 needed", "Evidence: 1 story has no 'Project' (#2)",
        "Self-assessment: 'My level' no level", "Next steps: 'Target' no target",
      ])
    #expect(report.lines.contains { $0.met && $0.text == "Evidence: 3 stories (1 to 3)" })
  }

  @Test func an_essay_reads_back_to_the_answers_it_was_made_of() throws {
    let answers = interview(["Citi ../../projets/citi", nil, "https://example.org/p"]).answers
    let original = essay(answers)
    let edited = try EditedEssay(markdown: original.markdown, set: set, language: .fr, subject: subject)
    #expect(edited.answers(for: set) == answers)
    #expect(edited.target == Essay.Goal(level: 4, due: "2027-06"))
    #expect(edited.level == 3)
  }

  @Test(arguments: [
    ("## Mon autocritique", "## Autocritique", "## Autocritique"),
    (
      "## Réalisations associées\n\n- [Citi](../../projets/citi)\n",
      "## Réalisations associées\n\n- [Citi](../../projets/citi)\n\n## Notes\n\nÀ garder.\n", "## Notes"
    ),
    (
      "**Projet :** [Citi](../../projets/citi)\n", "**Projet :** [Citi](../../projets/citi)\nEt aussi le stage.\n",
      "Et aussi le stage."
    ),
  ])
  func an_edit_that_would_lose_text_is_refused_at_its_line(_ before: String, _ after: String, _ lost: String) throws {
    let markdown = essay(interview(["Citi ../../projets/citi"]).answers).markdown
    #expect(markdown.contains(before))
    let edited = markdown.replacingOccurrences(of: before, with: after)
    do {
      _ = try EditedEssay(markdown: edited, set: set, language: .fr, subject: subject)
      Issue.record("the edit was accepted")
    } catch let problem as EditedEssay.Problem {
      let lines = edited.components(separatedBy: "\n")
      #expect(lines[problem.line - 1] == lost, "line \(problem.line): \(problem.message)")
      #expect(problem.message.en.contains("would be lost"))
    }
  }

  @Test func a_heading_typed_inside_an_anecdotes_answer_stays_in_it() throws {
    var answers = interview(["Citi", "Dash"]).answers
    answers["proofs.1.action"] = "First I did X.\n\n### Details\n\nThen Y."
    let edited = try EditedEssay(markdown: essay(answers).markdown, set: set, language: .fr, subject: subject)
    #expect(edited.answers(for: set) == answers)
  }

  @Test func changing_the_level_in_the_front_matter_alone_is_accepted() throws {
    let markdown = essay(interview(["Citi"]).answers).markdown.replacingOccurrences(
      of: "level: 3\n", with: "level: 4\n")
    let edited = try EditedEssay(markdown: markdown, set: set, language: .fr, subject: subject)
    #expect(edited.level == 4)
  }

  @Test func untitled_anecdotes_take_the_sets_item_heading() throws {
    var answers = interview(["Citi"]).answers
    answers["proofs.1.title"] = nil
    let markdown = essay(answers).markdown
    #expect(markdown.contains("### Anecdote 1\n\n**Situation :** Situation 1.\n"))
    let edited = try EditedEssay(markdown: markdown, set: set, language: .fr, subject: subject)
    #expect(edited.answers(for: set) == answers)
  }

  @Test func a_project_page_round_trips_with_its_skills() throws {
    let project = try #require(try PromptLibrary.shipped("project"))
    var interview = Interview(questions: project.asked)
    for id in project.asked.map(\.id) {
      switch project.question(id)!.kind {
      case .text: _ = [" Texte de \(id).", "", "- puce", "."].map { interview.receive($0) }
      case .skills: _ = interview.receive("SQL, Gestion de projet")
      default: _ = interview.receive("x")
      }
    }
    #expect(interview.isFinished)
    var entry = Entry(
      kind: .project, skillID: nil, promptSet: "project", lang: .en, title: "Citi", now: Date(), utcOffset: 0)
    entry.status = .done
    let essay = Essay(
      entry: entry, subject: Subject(project: "Citi"), set: project, answers: interview.answers, tags: [], level: nil)
    #expect(essay.sections.count == 8)
    #expect(essay.markdown.contains("- SQL\n- Gestion de projet\n"))
    let edited = try EditedEssay(
      markdown: essay.markdown, set: project, language: .en, subject: Subject(project: "Citi"))
    var expected = interview.answers
    expected["tags"] = nil  // "x" went to the front matter's tags, which this test did not pass to the essay
    #expect(
      edited.answers(for: project).filter { $0.key != "tags" && $0.key != "description" }
        == expected.filter {
          $0.key != "tags" && $0.key != "description"
        })
  }
}
