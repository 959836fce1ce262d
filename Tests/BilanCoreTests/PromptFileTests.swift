import Foundation
import Testing

@testable import BilanCore

/// Malformed question sets, config files and the user's folder: messages with positions, never a crash.
@Suite struct PromptFileTests {
  static let head = "id: x\ntitle: {fr: a, en: b}\nquestions:\n"

  func problems(_ yaml: String) -> [PromptSetError] {
    do {
      _ = try PromptSet.parse(yaml: yaml, file: "bad.yaml")
      return []
    } catch let error as PromptSetProblems {
      return error.problems
    } catch {
      Issue.record("unexpected \(error)")
      return []
    }
  }

  @Test func every_problem_of_a_file_is_reported_with_its_line_and_column() {
    let yaml =
      Self.head + """
          - {id: a, kind: text, question: {fr: q, en: q}}
          - {id: b, kind: line, label: {fr: L}, question: {fr: q, en: q}, hnit: {fr: h, en: h}}
          - {id: c, kind: text, heading: {fr: H, en: H}, required: maybe, min_words: lots, question: {fr: "{project}", en: q}}
          - {id: d, kind: anecdotes, heading: {fr: H, en: H}, min: 3, max: 2, question: {fr: q, en: q}, questions: [{id: p, kind: rating, question: {fr: q, en: q}}]}
        """
    let found = problems(yaml).map(\.description)
    let expected = [
      "bad.yaml:4:5: a 'text' question needs a 'heading' or a 'label' to appear in the essay",
      "bad.yaml:5:67: unknown key 'hnit' in a question",
      "bad.yaml:5:32: 'label' has no 'en' variant",
      "bad.yaml:6:99: unknown placeholder '{project}' (known here: {skill})",
      "bad.yaml:6:60: 'required' must be true or false",
      "bad.yaml:6:78: 'min_words' must be a whole number above 0",
      "bad.yaml:7:68: 'max' (2) must be at least 1 and at least 'min' (3)",
      "bad.yaml:7:123: an anecdote cannot ask a 'rating' question",
    ]
    for message in expected {
      #expect(found.contains { $0.hasPrefix(message) }, "missing: \(message)\nin: \(found.joined(separator: "\n"))")
    }
  }

  @Test func ten_thousand_questions_are_refused_quickly_and_by_position() {
    let many = (0..<10_000).map { "  - {id: q\($0), kind: line, label: {fr: l, en: l}, question: {fr: q, en: q}}" }
    let found = problems(Self.head + many.joined(separator: "\n") + "\n")
    #expect(found.map(\.description) == ["bad.yaml:4:3: 10000 questions: a set holds at most 200"])
  }

  @Test(arguments: [
    (Data(), "the file is empty"),
    (Data("   \n# only a comment\n".utf8), "the file is empty"),
    (Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01]), "not a text file"),
    (Data([0x69, 0x64, 0x3A, 0x20, 0xFF, 0xFE]), "not UTF-8"),
    (Data("- just\n- a list\n".utf8), "a prompt set is a mapping"),
    (Data("id: x\ntitle: {fr: a, en: b}\nquestions: \"none\"\n".utf8), "'questions' must be a non-empty list"),
    (Data("id: [x\n".utf8), "bad.yaml:1:5"),
    (Data("id: x\nid: y\n".utf8), "duplicate key"),
  ])
  func broken_files_get_a_message_not_a_crash(_ data: Data, _ expected: String) {
    do {
      _ = try PromptSet.parse(data: data, file: "bad.yaml")
      Issue.record("accepted")
    } catch let error as PromptSetProblems {
      #expect(error.description.contains(expected), "\(error)")
      #expect(error.problems.allSatisfy { $0.file == "bad.yaml" && $0.line >= 1 })
    } catch {
      Issue.record("unexpected \(error)")
    }
  }

  @Test func the_catalogue_ships_human_and_technical_skills_in_both_languages() {
    let skills = SkillCatalogue.shipped
    #expect(skills.count >= 15)
    #expect(skills.filter { $0.category == .human }.count >= 4)
    #expect(skills.filter { $0.category == .technical }.count >= 4)
    #expect(Set(skills.map(\.id)).count == skills.count)
    for skill in skills {
      #expect(!skill.name.fr.isEmpty && !skill.name.en.isEmpty && !skill.definition.fr.isEmpty)
      #expect(!skill.definition.en.contains("\n"))
    }
    let heading = { (id: String) in
      let item = skills.first { $0.id == id }!
      return Headings.fill(
        "Ma vision de {skill}",
        subject: Subject(skill: item.name.fr, gender: item.gender, isProperName: item.isProperName), language: .fr)
    }
    #expect(heading("teamwork") == "Ma vision du travail en équipe")
    #expect(heading("python") == "Ma vision de Python")
    #expect(heading("software-testing") == "Ma vision des tests logiciels")
    #expect(heading("rigour") == "Ma vision de la rigueur")
  }

  @Test func user_sets_add_or_replace_shipped_ones_and_a_broken_one_is_skipped() throws {
    let folder = temporaryFolder()
    let mine =
      "id: vision\ntitle: {fr: Mienne, en: Mine}\nquestions:\n  - {id: only, kind: text, heading: {fr: H, en: H}, question: {fr: q, en: q}}\n"
    try mine.write(toFile: folder + "/vision.yaml", atomically: true, encoding: .utf8)
    try
      "id: star\ntitle: {fr: S, en: S}\nquestions:\n  - {id: s, kind: text, heading: {fr: S, en: S}, question: {fr: q, en: q}}\n"
      .write(toFile: folder + "/star.yaml", atomically: true, encoding: .utf8)
    try "id: broken\ntitle: [\n".write(toFile: folder + "/broken.yaml", atomically: true, encoding: .utf8)
    try "not a set".write(toFile: folder + "/notes.txt", atomically: true, encoding: .utf8)
    let library = PromptLibrary(userFolder: folder)
    #expect(library.problems.count == 1)
    #expect(library.problems.first?.file == folder + "/broken.yaml")
    #expect(try library.set("vision")?.set.title.en == "Mine")
    #expect(try library.set("vision")?.origin == .user(path: folder + "/vision.yaml", replacing: true))
    #expect(try library.set("star")?.origin == .user(path: folder + "/star.yaml", replacing: false))
    #expect(try library.set("portfolio")?.origin == .shipped)
    #expect(library.ids == ["daily", "portfolio", "project", "star", "vision"])
  }

  @Test func a_bad_config_is_reported_by_line_and_the_rest_still_applies() {
    let (config, problems) = Config.parse(yaml: "lang: de\ndefault_set: portfolio\ncolour: blue\n", file: "c.yaml")
    #expect(config == Config(defaultSet: "portfolio", lang: nil))
    #expect(
      problems.map(\.description) == [
        "c.yaml:1:7: 'lang' must be fr or en; ignored",
        "c.yaml:3:1: unknown key 'colour' (known: default_set, lang, cadence); ignored",
      ])
    // One bad line costs only itself, and is named at its own line.
    let (rest, why) = Config.parse(yaml: "default_set: portfolio\nlang fr\n  lang: fr\nlang: [fr\n", file: "c.yaml")
    #expect(rest == Config(defaultSet: "portfolio"))
    #expect(
      why.map(\.description) == [
        "c.yaml:2:1: expected 'key: value' (keys: default_set, lang, cadence); ignored",
        "c.yaml:3:1: indented line: each key starts its line; ignored",
        "c.yaml:4:7: 'lang' must be fr or en; ignored",
      ])
    #expect(Config.parse(yaml: "", file: "c.yaml") == (Config(), []))
  }

  @Test func the_config_language_comes_after_the_option_and_the_variable() {
    let env = ["LANG": "en_US.UTF-8"]
    #expect(Language.resolve(option: nil, environment: env, config: .fr) == .fr)
    #expect(Language.resolve(option: nil, environment: env.merging(["BILAN_LANG": "en"]) { $1 }, config: .fr) == .en)
    #expect(Language.resolve(option: .en, environment: ["BILAN_LANG": "fr"], config: .fr) == .en)
  }
}
