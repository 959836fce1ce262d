import Foundation
import GRDB
import Testing

@testable import BilanCore

/// An anecdote's project is a project of the journal: found as skills are, made when new, linked to
/// its page from the essay, and kept through a backup.
@Suite struct ProjectMatchTests {
  let now = Date(timeIntervalSince1970: 1_764_316_800)
  let set = try! PromptLibrary.shipped("portfolio")!

  func journal(_ projects: [String] = ["Bench Migration"]) throws -> Journal {
    let journal = try Journal(writer: try DatabaseQueue(), language: .fr)
    for name in projects { try journal.addProject(name: name, description: "", now: now) }
    return journal
  }

  @Test(arguments: [
    "Bench Migration", "bench migration", "Bench  Migration", "La Bench Migration", "Bénch Migration",
    "the bench migrations", "BENCH MIGRATION", "bench mig",
  ])
  func a_name_finds_its_project_as_a_skill_is_found(_ typed: String) throws {
    let journal = try journal(["Bench Migration", "Citi"])
    guard case .found(let project) = try journal.matchProject(typed) else {
      Issue.record("'\(typed)' found no project")
      return
    }
    #expect(project.name == "Bench Migration")
  }

  @Test(arguments: ["Bench Test", "Migration du banc", "Citi", "La", ""])
  func another_name_finds_nothing(_ typed: String) throws {
    #expect(try journal().matchProject(typed) == .none)
  }

  @Test func an_exact_name_beats_the_prefix_of_others_and_a_longer_prefix_finds_one() throws {
    let journal = try journal(["Bench Tests", "Bench Migration", "Bench"])
    #expect(try journal.matchProject("bench").found?.name == "Bench")
    #expect(try journal.matchProject("bench m").found?.name == "Bench Migration")
  }

  @Test func a_shared_prefix_lists_both_projects() throws {
    let journal = try journal(["Bench Tests", "Bench Migration"])
    guard case .ambiguous(let candidates) = try journal.matchProject("bench") else {
      Issue.record("'bench' was not ambiguous")
      return
    }
    #expect(candidates.map(\.name) == ["Bench Migration", "Bench Tests"])
  }

  /// Skills and projects share one comparison: articles and plurals now find a skill too.
  @Test func skills_are_compared_the_same_way() throws {
    let journal = try journal()
    #expect(try journal.matchSkill("La gestion de projets").found?.catalogID == "project-management")
    #expect(try journal.matchSkill("Les réseaux informatiques").found?.catalogID == "networks")
  }

  /// The answers of a portfolio interview whose anecdotes name `projects`.
  func answers(_ projects: [String]) -> [String: String] {
    var answers: [String: String] = ["proofs": String(projects.count)]
    for (index, project) in projects.enumerated() {
      answers["proofs.\(index + 1).title"] = "Anecdote \(index + 1)"
      answers["proofs.\(index + 1).situation"] = "Situation."
      answers["proofs.\(index + 1).project"] = project
    }
    return answers
  }

  func store(_ journal: Journal, _ projects: [String]) throws -> Int64 {
    let entry = try journal.startAssessment(
      skillName: "Autonomie", set: set, language: .fr, now: now, utcOffset: 3600)
    let interview = Interview(questions: set.asked, answers: answers(projects))
    try journal.saveProgress(entryID: entry.id!, interview: interview, now: now)
    return entry.id!
  }

  @Test func stored_anecdotes_tie_the_entry_to_their_projects_making_new_ones() throws {
    let journal = try journal()
    let id = try store(
      journal, ["la bénch migration", "Nouveau projet", "Adresse seule ../../projets/bench-migration/"])
    // The first is the project already there, the second is made, the third is found by its page.
    #expect(try journal.projects(of: id).map(\.name) == ["Bench Migration", "Nouveau projet"])
    #expect(try journal.projectOverview().map(\.project.name) == ["Bench Migration", "Nouveau projet"])
    // An essay finished: `projects` lists its skill with both.
    _ = try journal.finish(entryID: id, now: now, utcOffset: 3600)
    #expect(try journal.projectOverview().map { $0.skills.map(\.name) } == [["Autonomie"], ["Autonomie"]])
    // Told again without them, the ties go; the projects stay.
    let interview = Interview(questions: set.asked, answers: answers([]))
    try journal.saveProgress(entryID: id, interview: interview, now: now)
    #expect(try journal.projects(of: id).isEmpty)
    #expect(try journal.projectOverview().count == 2)
  }

  @Test func the_essay_links_each_projects_name_to_its_page_and_reads_the_link_back_as_the_name() throws {
    let journal = try journal()
    let id = try store(journal, ["Bench Migration", "Citi ../../projets/citi", "Nouveau"])
    let loaded = try EssayLoader.essay(
      try #require(try journal.entry(id)), journal, PromptLibrary(userFolder: nil))
    let markdown = loaded.essay.markdown
    #expect(markdown.contains("**Projet :** [Bench Migration](../../projets/bench-migration/)\n"))
    // An address the writer typed is theirs.
    #expect(markdown.contains("**Projet :** [Citi](../../projets/citi)\n"))
    #expect(markdown.contains("**Projet :** [Nouveau](../../projets/nouveau/)\n"))
    #expect(
      markdown.hasSuffix(
        "- [Bench Migration](../../projets/bench-migration/)\n- [Citi](../../projets/citi)\n- [Nouveau](../../projets/nouveau/)\n"
      ))
    // Edited as it is, the answers are the names typed, not the addresses shown.
    let edited = try EditedEssay(
      markdown: markdown, set: set, language: .fr, subject: loaded.subject, projectLinks: loaded.projectLinks)
    #expect(edited.answers["proofs.1.project"] == "Bench Migration")
    #expect(edited.answers["proofs.2.project"] == "Citi ../../projets/citi")
    // Without the journal's projects, the address is part of the link.
    let plain = try EditedEssay(markdown: markdown, set: set, language: .fr, subject: loaded.subject)
    #expect(plain.answers["proofs.1.project"] == "Bench Migration ../../projets/bench-migration/")
  }

  @Test func project_pages_keep_an_imported_file_name_and_number_a_second_slug() {
    let pages = ProjectPages([
      (3, "Citi: usine 4.0", "citi"), (1, "Bench Migration", nil), (2, "Bench  migration!", nil),
    ])
    #expect(pages.slugs == [1: "bench-migration", 2: "bench-migration-2", 3: "citi"])
    #expect(pages.renamed.map(\.slug) == ["bench-migration-2"])
    var project = Project(name: "Citi: usine 4.0", createdAt: now)
    project.id = 3
    #expect(pages.url(of: project, language: .en) == "/projects/citi/")
    #expect(ProjectPages(pages: pages, folder: "projets").url(of: project, language: .en) == "/projets/citi/")
  }

  @Test(arguments: [
    ("../../projets/citi", "citi"), ("/projects/Citi/", "citi"), ("../projets/citi/#top", "citi"),
    ("https://example.org/projets/citi", nil), ("../../competences/citi", nil), ("citi", nil),
  ])
  func an_address_leads_to_a_project_page(_ address: String, _ slug: String?) {
    #expect(ProjectPages.slug(ofAddress: address) == slug)
  }

  @Test func a_backup_keeps_the_projects_each_entry_names() throws {
    let journal = try journal()
    let id = try store(journal, ["Nouveau", "Bench Migration"])
    let backup = try journal.backup()
    #expect(backup.entries.first?.projects?.count == 2)
    let copy = try Journal(writer: try DatabaseQueue(), language: .fr)
    _ = try copy.restore(backup)
    #expect(try copy.projects(of: id).map(\.name) == ["Nouveau", "Bench Migration"])
    #expect(try copy.backup() == backup)
  }
}

/// A journal from before v10: its portfolio essays' projects were text, and become projects on opening.
@Suite struct AnecdoteProjectMigrationTests {
  let now = Date(timeIntervalSince1970: 1_764_316_800)

  @Test func opening_an_older_journal_ties_its_anecdotes_to_projects() throws {
    let path = temporaryFolder() + "/old.sqlite"
    let queue = try DatabaseQueue(path: path)
    try Schema.migrator(language: .fr).migrate(queue, upTo: "v9")
    try queue.write { db in
      try db.execute(
        sql: "INSERT INTO project (name, key, createdAt) VALUES ('Bench Migration', 'bench migration', ?)",
        arguments: [now])
      let answers: [(Int64, String, String)] = [
        (1, "proofs", "3"), (1, "proofs.1.project", "la bénch migration"), (1, "proofs.2.project", "Nouveau"),
        (1, "proofs.3.project", "Transitions 4.0 ../../projets/citi"), (2, "proofs.1.project", "Dans la corbeille"),
        (3, "project", "Pas un projet"),
      ]
      for (id, set, deleted) in [(1, "portfolio", false), (2, "portfolio", true), (3, "vision", false)] {
        try db.execute(
          sql: """
            INSERT INTO entry (id, kind, promptSet, lang, title, status, createdAt, updatedAt, deletedAt)
            VALUES (?, 'assessment', ?, 'fr', 'Autonomie', 'done', ?, ?, ?)
            """, arguments: [id, set, now, now, deleted ? now : nil])
      }
      for (position, (id, question, text)) in answers.enumerated() {
        try db.execute(
          sql: "INSERT INTO answer (entryId, questionId, position, text) VALUES (?, ?, ?, ?)",
          arguments: [id, question, position, text])
      }
    }
    try queue.close()
    let journal = try openJournal(path: path, language: .fr)
    // The known one found, a name alone made; a hand-written link to another page, the trash and a
    // set without an anecdote's project make nothing.
    #expect(try journal.projects(of: 1).map(\.name) == ["Bench Migration", "Nouveau"])
    #expect(try journal.projectOverview().map(\.project.name) == ["Bench Migration", "Nouveau"])
    #expect(try journal.projects(of: 2).isEmpty && journal.projects(of: 3).isEmpty)
  }
}

extension ProjectMatch {
  var found: Project? {
    if case .found(let project) = self { project } else { nil }
  }
}

extension ProjectPages {
  init(pages: ProjectPages, folder: String) {
    self = pages
    self.folder = folder
  }
}
