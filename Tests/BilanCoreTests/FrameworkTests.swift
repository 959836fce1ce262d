import Foundation
import Testing

@testable import BilanCore

/// Frameworks as data: the shipped files, every problem of a malformed file with its position, a
/// broken user file that leaves the others working.
@Suite struct FrameworkTests {
  @Test func the_shipped_frameworks_parse_and_name_catalogue_skills() throws {
    #expect(FrameworkLibrary.shippedIDs == ["ecole-ingenieur", "engineering-ladder"])
    let school = try #require(try FrameworkLibrary.shipped("ecole-ingenieur"))
    #expect(school.stages.map(\.id) == ["year1", "year2", "year3"])
    // The school's own words read as bilan's scale: en-cours 2, acquis 3, maitrise 4.
    let autonomy = try #require(school.skills.first { $0.skill == "autonomy" })
    #expect(autonomy.expected == ["year1": 2, "year2": 3, "year3": 4])
    #expect(autonomy.components.map(\.id) == ["plan-own-work", "ask-for-help"])
    for id in FrameworkLibrary.shippedIDs {
      let framework = try #require(try FrameworkLibrary.shipped(id))
      for item in framework.skills {
        #expect(SkillCatalogue.skill(id: item.skill) != nil, "\(id): \(item.skill) is not a catalogue skill")
      }
    }
    // Question sets do not see the frameworks embedded beside them.
    #expect(!PromptLibrary.shippedIDs.contains { $0.contains("framework") || $0 == "ecole-ingenieur" })
  }

  @Test func a_malformed_file_names_every_problem_with_its_line_and_column() {
    let yaml = """
      id: School
      title: {fr: "École"}
      colour: blue
      levels: {acquis: 9}
      stages:
        - id: year1
          name: {fr: "1re année", en: "Year 1"}
        - id: year1
          name: {fr: "Encore", en: "Again"}
      skills:
        - skill: sql
          expected: {year1: 3, year4: 2}
        - skill: python
          expected: {year1: maybe}
        - expected: {year1: 2}

      """
    #expect(throws: PromptSetProblems.self) { try Framework.parse(yaml: yaml, file: "f.yaml") }
    let problems =
      (try? Framework.parse(yaml: yaml, file: "f.yaml")).map { _ in [PromptSetError]() }
      ?? {
        do {
          _ = try Framework.parse(yaml: yaml, file: "f.yaml")
          return []
        } catch let error as PromptSetProblems {
          return error.problems
        } catch {
          return []
        }
      }()
    #expect(
      problems.map { $0.text(.en) } == [
        "f.yaml:3:1: unknown key 'colour' in a framework (known: description, id, levels, skills, stages, title, version)",
        "f.yaml:1:5: 'id' must be lower-case letters, digits, '-' or '_' (64 at most)",
        "f.yaml:2:8: 'title' must give each language: {fr: \"…\", en: \"…\"}",
        "f.yaml:4:18: 'levels.acquis' must be a level from 1 to 5",
        "f.yaml:8:9: duplicate stage 'year1'",
        "f.yaml:12:26: unknown stage 'year4' (known: year1)",
        "f.yaml:14:23: unknown level 'maybe': 1 to 5",
        "f.yaml:15:5: missing 'skill': a catalogue skill's id or its name",
      ])
    #expect(problems.first?.text(.fr).hasPrefix("f.yaml:3:1: clé inconnue « colour »") == true)
  }

  @Test func bad_yaml_is_named_where_it_is() throws {
    do {
      _ = try Framework.parse(yaml: "id: x\nstages: [a,\nskills: b\n", file: "g.yaml")
      Issue.record("parsed")
    } catch let error as PromptSetProblems {
      #expect(error.problems.count == 1)
      #expect(error.problems[0].text(.en).hasPrefix("g.yaml:2:9: "), "\(error.problems[0].text(.en))")
    }
  }

  @Test func a_broken_user_file_is_skipped_and_the_others_load() throws {
    let folder = NSTemporaryDirectory() + "bilan-frameworks-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try "id: [".write(toFile: folder + "/broken.yaml", atomically: true, encoding: .utf8)
    try """
    id: mine
    title: {fr: "Le mien", en: "Mine"}
    stages: [{id: now, name: {fr: "Maintenant", en: "Now"}}]
    skills: [{skill: Rigour, expected: {now: 3}}]
    """.write(toFile: folder + "/mine.yaml", atomically: true, encoding: .utf8)
    let library = FrameworkLibrary(userFolder: folder)
    #expect(library.problems.count == 1)
    #expect(library.problems.first?.file == folder + "/broken.yaml")
    #expect(library.ids == ["ecole-ingenieur", "engineering-ladder", "mine"])
    let mine = try #require(try library.framework("mine"))
    #expect(mine.origin == .user(path: folder + "/mine.yaml", replacing: false))
    // A skill named by its name, as every name is matched.
    let rigour = Skill(name: "Rigueur", category: .human, catalogID: "rigour", createdAt: Date())
    #expect(mine.framework.expected(rigour, at: "now") == 3)
    let choice = FrameworkChoice(framework: "mine", stage: "now", chosenAt: Date())
    #expect(library.expectation(choice)?.level(of: rigour) == 3)
    #expect(library.expectation(FrameworkChoice(framework: "mine", stage: "later", chosenAt: Date())) == nil)
  }
}
