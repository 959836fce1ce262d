import Foundation
import GRDB
import Testing

@testable import BilanCore

/// The catalogue in a real journal file: seeding, matching, and keeping it tidy.
@Suite struct SkillCatalogueTests {
  let folder = temporaryFolder()
  let now = Date(timeIntervalSince1970: 1_764_316_800)

  func journal(_ language: Language = .fr) throws -> Journal {
    try openJournal(path: folder + "/j.sqlite", language: language)
  }

  @Test func a_new_journal_starts_with_the_catalogue_in_its_language() throws {
    let journal = try journal(.fr)
    let skills = try journal.skills()
    #expect(skills.count == SkillCatalogue.shipped.count)
    #expect(
      skills.contains { $0.name == "Autonomie professionnelle" && $0.category == .human && $0.catalogID == "autonomy" })
    // Named in the language asked for, whatever the journal was created in.
    let autonomy = try #require(try journal.skill(named: "professional autonomy"))
    #expect(autonomy.name(in: .en) == "Professional autonomy")
  }

  @Test(arguments: [
    ("autonomie professionnelle", "autonomy"), ("AUTONOMIE", "autonomy"), ("professional auto", "autonomy"),
    ("esprit", "critical-thinking"), ("rigueur", "rigour"), ("Réseaux", "networks"), ("reseaux info", "networks"),
    ("sql", "sql"), ("teamwork", "teamwork"), ("autonomy", "autonomy"), ("projet", "project-management"),
  ])
  func names_match_in_either_language_ignoring_case_and_accents(_ typed: String, _ id: String) throws {
    guard case .found(let skill) = try journal().matchSkill(typed) else {
      Issue.record("'\(typed)' found nothing")
      return
    }
    #expect(skill.catalogID == id)
  }

  @Test func an_ambiguous_prefix_lists_the_candidates_and_an_exact_name_wins() throws {
    let journal = try journal(.fr)
    guard case .ambiguous(let candidates) = try journal.matchSkill("gestion") else {
      Issue.record("'gestion' was not ambiguous")
      return
    }
    #expect(candidates.map(\.name) == ["Gestion de projet", "Gestion de versions"])
    try journal.addSkill(name: "Com", category: nil, now: now)
    guard case .found(let exact) = try journal.matchSkill("com") else {
      Issue.record("no exact match")
      return
    }
    #expect(exact.name == "Com")  // an exact name beats the prefix of "Communication"
    #expect(try journal.matchSkill("astrophysique") == .none)
  }

  @Test func merge_moves_entries_ratings_and_targets_to_the_kept_skill() throws {
    let journal = try journal(.fr)
    let set = try #require(try PromptLibrary.shipped("portfolio"))
    let entry = try journal.startAssessment(
      skillName: "Autonomy at work", set: set, language: .fr, now: now, utcOffset: 0)
    let answers = ["rating": "2", "evidence": "Le projet Citi.", "target": "4\n2027-06", "description": "d"]
    let interview = Interview(questions: set.asked, step: 0, answers: answers)
    try journal.saveProgress(entryID: entry.id!, interview: interview, now: now)
    let rating = try #require(try journal.rating(of: entry.id!))
    #expect(rating.level == 2 && rating.evidence == "Le projet Citi.")
    #expect(try journal.target(of: entry.id!)?.due == "2027-06")
    _ = try journal.finish(entryID: entry.id!, now: now, utcOffset: 0)

    let old = try #require(try journal.skill(named: "Autonomy at work"))
    let kept = try #require(try journal.skill(named: "Autonomie professionnelle"))
    try journal.mergeSkill(old.id!, into: kept.id!, now: now)
    #expect(try journal.skill(named: "Autonomy at work") == nil)
    #expect(try journal.entry(entry.id!)?.skillID == kept.id)
    #expect(try journal.entry(entry.id!)?.title == "Autonomie professionnelle")
    let standing = try #require(try journal.standings(standard: .standard, zone: .gmt).first { $0.skill.id == kept.id })
    #expect(standing.current?.level == 2 && standing.target?.level == 4 && standing.target?.due == "2027-06")
    #expect(try journal.entryCount(skill: kept.id!) == 1)
  }

  @Test func rename_retitles_essays_and_remove_keeps_the_entries() throws {
    let journal = try journal(.fr)
    let set = try #require(try PromptLibrary.shipped("vision"))
    let entry = try journal.startAssessment(skillName: "SQL", set: set, language: .fr, now: now, utcOffset: 0)
    let sql = try #require(try journal.skill(named: "SQL"))
    try journal.renameSkill(sql.id!, to: "Bases de données", now: now)
    #expect(try journal.entry(entry.id!)?.title == "Bases de données")
    #expect(try journal.entryCount(skill: sql.id!) == 1)
    try journal.removeSkill(sql.id!)
    #expect(try journal.entry(entry.id!)?.skillID == nil)
    #expect(try journal.entry(entry.id!)?.title == "Bases de données")
    #expect(try journal.read { db in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") }.isEmpty)
  }

  @Test func answers_to_questions_the_set_no_longer_asks_are_kept() throws {
    let journal = try journal(.fr)
    let vision = try #require(try PromptLibrary.shipped("vision"))
    let entry = try journal.startAssessment(skillName: "SQL", set: vision, language: .fr, now: now, utcOffset: 0)
    try journal.saveProgress(
      entryID: entry.id!, interview: Interview(questions: vision.asked, answers: ["vision": "v", "critique": "c"]),
      now: now)
    var smaller = vision
    smaller.questions.removeAll { $0.id == "critique" }
    try journal.replaceAnswers(entryID: entry.id!, set: smaller, answers: ["vision": "v2"], title: "SQL", now: now)
    #expect(try journal.answers(of: entry.id!) == ["vision": "v2", "critique": "c"])
  }

  @Test func a_project_names_skills_in_the_other_language_without_duplicates() throws {
    let journal = try journal(.en)
    let project = try #require(try PromptLibrary.shipped("project"))
    let entry = try journal.startEntry(
      kind: .project, skill: nil, title: "Citi", set: project, language: .fr, now: now, utcOffset: 0)
    let interview = Interview(questions: project.asked, answers: ["skills": "Autonomie professionnelle, sql, Soudure"])
    try journal.saveProgress(entryID: entry.id!, interview: interview, now: now)
    #expect(try journal.relatedSkills(of: entry.id!).map(\.name) == ["Professional autonomy", "SQL", "Soudure"])
    #expect(try journal.skills().count == SkillCatalogue.shipped.count + 1)
  }

  @Test func a_discarded_draft_leaves_no_rating_or_target_behind() throws {
    let journal = try journal(.en)
    let portfolio = try #require(try PromptLibrary.shipped("portfolio"))
    let entry = try journal.startAssessment(skillName: "Python", set: portfolio, language: .en, now: now, utcOffset: 0)
    try journal.saveProgress(
      entryID: entry.id!,
      interview: Interview(questions: portfolio.asked, answers: ["rating": "2", "target": "5\n2030"]),
      now: now)
    let python = try #require(
      try journal.standings(standard: .standard, zone: .gmt).first { $0.skill.catalogID == "python" })
    #expect(python.current == nil && python.target == nil)  // a draft's rating is not the skill's level yet
    try journal.discardDraft(entry.id!)
    #expect(try journal.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM target") } == 0)
    #expect(try journal.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM rating") } == 0)
  }

  @Test func a_journal_made_by_bilan_0_1_keeps_its_skills_and_joins_them_to_the_catalogue() throws {
    let path = folder + "/old.sqlite"
    // The first release's schema only, with one skill typed as the catalogue names it.
    let queue = try DatabaseQueue(path: path)
    try Schema.migrator(language: .fr).migrate(queue, upTo: "v1")
    try queue.write { db in
      try db.execute(
        sql: "INSERT INTO skill (name, key, createdAt) VALUES ('gestion de projet', 'gestion de projet', ?)",
        arguments: [now])
      // The same skill typed in both languages, each with an entry.
      for name in ["Travail en équipe", "teamwork"] {
        try db.execute(
          sql: "INSERT INTO skill (name, key, createdAt) VALUES (?, ?, ?)",
          arguments: [name, Skill.key(for: name), now])
        try db.execute(
          sql: """
            INSERT INTO entry (kind, skillId, promptSet, lang, title, status, createdAt, updatedAt)
            VALUES ('assessment', last_insert_rowid(), 'vision', 'fr', ?, 'done', ?, ?)
            """, arguments: [name, now, now])
      }
    }
    try queue.close()
    let journal = try openJournal(path: path, language: .en)
    let skills = try journal.skills()
    #expect(skills.count == SkillCatalogue.shipped.count)
    let kept = try #require(skills.first { $0.catalogID == "project-management" })
    #expect(kept.name == "gestion de projet" && kept.category == .human)
    let teamwork = try #require(skills.first { $0.catalogID == "teamwork" })
    #expect(teamwork.name == "Travail en équipe")
    #expect(try journal.entryCount(skill: teamwork.id!) == 2)
  }
}
