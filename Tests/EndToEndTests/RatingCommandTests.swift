import BilanTestSupport
import Foundation
import Testing

/// rate, target, cadence, history, due and skills through the built binary, with a fake clock.
@Suite struct RatingCommandTests {
  /// An entry named as evidence in an interview is stored as `rate` stores it (`#1`), for the evidence
  /// map and the review to find; other text stays as typed.
  @Test func an_interviews_evidence_naming_an_entry_is_stored_as_rates() throws {
    let box = Sandbox()
    _ = try box.run(["write", "Proof. A query I wrote."])
    let assessed = try box.run(["assess", "sql", "--lang", "en"], input: "Joins.\n.\n.\n.\n.\nQueries\nDB\n4\n1\n")
    #expect(assessed.status == 0, "\(assessed.stderr)")
    #expect(try box.run(["history", "sql", "--lang", "en"]).stdout.contains("4/5  (evidence: #1)  [entry #2]"))
    let other = try box.run(["assess", "sql", "--lang", "en"], input: "Joins.\n.\n.\n.\n.\nQueries\nDB\n5\n99 talks\n")
    #expect(other.status == 0, "\(other.stderr)")
    #expect(try box.run(["history", "sql", "--lang", "en"]).stdout.contains("5/5  (evidence: 99 talks)"))
  }

  @Test func the_honesty_rules_refuse_a_script_that_gives_no_evidence() throws {
    let box = Sandbox()
    #expect(
      try box.run(["rate", "sql", "3", "--date", "2026-06-01", "--lang", "en"]).stdout == "SQL: 3/5 on 2026-06-01\n")
    let jump = try box.run(["rate", "sql", "4", "--lang", "en"])
    #expect(jump.status == 64)
    #expect(
      jump.stderr
        == "bilan: a level of 4 needs evidence: add --evidence ID|URL (an entry or a project page that shows it)\n")
    let two = try box.run(["rate", "sql", "1", "--lang", "en"])
    #expect(two.stderr.contains("going from 3 to 1 needs evidence: add --evidence"))
    #expect(
      try box.run(["rate", "sql", "4", "--evidence", "12", "--lang", "en"]).stderr
        == "bilan: No entry #12 (see 'list').\n")
    let kept = try box.run([
      "rate", "sql", "4", "--evidence", "https://example.org/pr/7", "--note", "window functions", "--lang", "en",
    ])
    #expect(kept.stdout == "SQL: 4/5 on 2026-11-28 (before: 3/5 on 2026-06-01)\n")
    #expect(try box.run(["rate", "sql", "3", "--date", "2027-01-01"]).stderr.contains("is in the future"))
    // Ratings are records of their own, not entries.
    #expect(try box.run(["list"]).stdout == "")
  }

  @Test func history_due_and_skills_speak_json_for_scripts() throws {
    let box = Sandbox()
    _ = try box.run(["rate", "sql", "2", "--date", "2026-06-01", "--note", "joins"])
    _ = try box.run(["rate", "sql", "3", "--date", "2026-07-15"])
    _ = try box.run(["rate", "python", "3", "--date", "2026-10-01"])
    #expect(
      try box.run(["target", "sql", "4", "--by", "2027-06", "--lang", "en"]).stdout == "SQL: target 4/5 by 2027-06\n")
    #expect(
      try box.run(["cadence", "python", "30d", "--lang", "en"]).stdout
        == "Python: re-rated every 30 days, due since 2026-10-31\n")

    let history = try box.run(["history", "sql", "--format", "json"])
    let skill = try #require(try JSONSerialization.jsonObject(with: Data(history.stdout.utf8)) as? [String: Any])
    #expect(skill["skill"] as? String == "SQL")
    #expect(skill["level"] as? Int == 3)
    #expect(skill["trend"] as? Int == 1)
    #expect(skill["due"] as? String == "2026-10-13")
    #expect(skill["isDue"] as? Bool == true)
    #expect((skill["target"] as? [String: Any])?["by"] as? String == "2027-06")
    let ratings = try #require(skill["ratings"] as? [[String: Any]])
    #expect(ratings.map { $0["date"] as? String } == ["2026-06-01", "2026-07-15"])
    #expect(ratings.first?["note"] as? String == "joins")

    let due = try box.run(["due", "--format", "json"])
    let list = try #require(try JSONSerialization.jsonObject(with: Data(due.stdout.utf8)) as? [[String: Any]])
    #expect(list.map { $0["skill"] as? String } == ["SQL", "Python"])  // the longest-waiting first

    let all = try box.run(["skills", "--format", "json"])
    let skills = try #require(try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [[String: Any]])
    #expect(skills.count == 16)
    #expect(skills.filter { $0["level"] is Int }.count == 2)

    let text = try box.run(["due", "--lang", "en"]).stdout
    #expect(text == "SQL  3/5 on 2026-07-15, due since 2026-10-13\nPython  3/5 on 2026-10-01, due since 2026-10-31\n")
  }

  @Test func due_quiet_says_it_with_its_exit_code() throws {
    let box = Sandbox()
    // No journal yet: a mistyped path in a cron line is an error, not "nothing due".
    #expect(try box.run(["due", "--quiet"]).status == 2)
    #expect(try box.run(["due", "--quiet", "--bogus"]).status == 2)
    try box.startJournal()
    #expect(try box.run(["due", "--quiet"]) == Sandbox.Result(status: 0, stdout: "", stderr: ""))
    _ = try box.run(["rate", "rigour", "3", "--date", "2026-11-01"])
    #expect(try box.run(["due", "--quiet"]).status == 0)  // rated 27 days ago, every 90 days
    _ = try box.run(["rate", "sql", "3", "--date", "2026-01-01"])
    #expect(try box.run(["due", "--quiet"]) == Sandbox.Result(status: 1, stdout: "", stderr: ""))
    try "not a journal".write(toFile: box.root + "/bad.sqlite", atomically: true, encoding: .utf8)
    let broken = try box.run(["due", "--quiet"], env: ["BILAN_DB": box.root + "/bad.sqlite"])
    #expect(broken.status == 2)
    #expect(broken.stdout == "")
  }

  @Test func a_person_rates_three_skills_over_time_and_reads_the_history() throws {
    let box = Sandbox()
    _ = try box.run(["rate", "sql", "2", "--date", "2026-05-04", "--note", "basic joins"])
    let term = try Terminal(["--lang", "en"], environment: box.environment(["COLUMNS": "40"]))
    // SQL was rated more than 90 days ago: the greeting says so.
    try term.expect("Due for re-rating: SQL ('due' for details).")
    try term.expect("bilan> ")
    term.type("rate sql 3 --date 2026-08-20 --note \"window functions\" --evidence https://example.org/q\r")
    try term.expect("SQL: 3/5 on 2026-08-20 (before: 2/5 on 2026-05-04)")
    try term.expect("bilan> ")
    term.type("rate python\r")
    try term.expect("5. Expert")
    try term.expect("Level (or :quit): ")
    term.type("6\r")
    try term.expect("not a level")
    term.type(":back\r")
    try term.expect("not a level: type a whole number from 1 to 5, or :quit")
    term.type("4\r")
    try term.expect("Justification (one line): ")
    term.type("scripts every week\r")
    try term.expect("Evidence (required")
    term.type("\r")
    try term.expect("This level calls for evidence")
    term.type(":back\r")  // a command is not evidence
    try term.expect("Type the evidence, or :quit to stop.")
    term.type("https://example.org/tool\r")
    try term.expect("Python: 4/5 on 2026-11-28")
    try term.expect("bilan> ")
    // Given its level, a rating that needs no evidence asks nothing: the next command is not taken for it.
    term.type("rate teamwork 3 --note \"pair work\"\r")
    let rated = try term.expect("Teamwork: 3/5 on 2026-11-28")
    #expect(!rated.contains("Evidence"))
    try term.expect("bilan> ")
    term.type("history sql --chart\r")
    let history = try term.expect("bilan> ")
    #expect(history.contains("SQL — 2 ratings  ▃▄  ↑ +1"))
    // Fitted to the terminal's 200 columns: level 3 from 20 August on, level 2 all along.
    let rows = history.components(separatedBy: "\n")
    let three = try #require(rows.first { $0.hasPrefix("3 │") })
    #expect(three.count == 199 && three.hasSuffix("█") && three.dropFirst(3).hasPrefix(" "))
    let blanks = three.dropFirst(3).prefix { $0 == " " }.count
    #expect((95...105).contains(blanks))  // 108 of 208 days before the second rating
    #expect(rows.contains("2 │" + String(repeating: "█", count: 196)))
    #expect(history.contains("2026-08-20  3/5  window functions  (evidence: https://example.org/q)"))
    term.type("quit\r")
    #expect(term.wait() == 0)
    let skills = try box.run(["skills", "--lang", "en"]).stdout
    #expect(skills.hasPrefix("skill                  category   level  target  rated on    trend\n"))
    #expect(skills.contains("\nPython                 technical  4/5    –       2026-11-28  ·\n"))
    #expect(skills.contains("\nSQL                    technical  3/5    –       2026-08-20  ↑      due\n"))
  }
}

@Suite struct StarAndTagTests {
  @Test func stars_mark_entries_and_tags_are_counted() throws {
    let box = Sandbox()
    _ = try box.run(["assess", "sql", "--lang", "en"], input: "x\n.\n.\n.\n.\n\nData, Queries\n3\n")
    _ = try box.run(["assess", "python", "--lang", "en"], input: "y\n.\n.\n.\n.\n\nData\n3\n")
    #expect(try box.run(["star", "2", "--lang", "en"]).stdout == "★ #2 Python\n")
    #expect(try box.run(["list"]).stdout.components(separatedBy: "\n").first?.hasSuffix("3/5  ★") == true)
    #expect(try box.run(["unstar", "2", "--lang", "en"]).stdout == "#2 Python: unstarred\n")
    #expect(try box.run(["list"]).stdout.contains("★") == false)
    #expect(try box.run(["star", "9"]).status == 1)
    #expect(try box.run(["tags"]).stdout == "2  Data\n1  Queries\n")
    let json = try box.run(["tags", "--format", "json"]).stdout
    let tags = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    #expect(tags.map { $0["tag"] as? String } == ["Data", "Queries"])
    #expect(tags.map { $0["count"] as? Int } == [2, 1])
  }
}

@Suite struct SearchCommandTests {
  @Test func search_finds_by_words_and_explains_a_bad_query() throws {
    let box = Sandbox()
    _ = try box.run(["assess", "teamwork", "--lang", "en"], input: "Une équipe soudée.\n.\n.\n.\n.\n\n\n3\n")
    let found = try box.run(["search", "EQUIPE", "--lang", "en"])
    #expect(found.stdout == "1  2026-11-28  Teamwork\n    Une [équipe] soudée.\n")
    let json = try box.run(["search", "soud*", "--format", "json"]).stdout
    let hits = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    #expect(hits.first?["id"] as? Int == 1 && hits.first?["snippet"] as? String == "Une équipe soudée.")
    let bad = try box.run(["search", "AND(", "--lang", "en"])
    #expect(bad.status == 1)
    #expect(bad.stderr.hasPrefix("bilan: the search 'AND(' is not valid (fts5: syntax error"))
    #expect(!bad.stderr.contains("SQLite error"))
  }
}

@Suite struct WriteCommandTests {
  @Test func write_captures_an_entry_in_one_command() throws {
    let box = Sandbox()
    let first = try box.run(["write", "Stand-up. Talked about the migration.", "--tag", "team", "--skill", "sql"])
    #expect(first.stdout == "1 Stand-up.\n")
    #expect(try box.run(["write", "Older note", "--date", "-3d"]).stdout == "2 Older note\n")
    let listed = try box.run(["list"]).stdout
    #expect(listed.contains("1  2026-11-28  SQL  Stand-up.") && listed.contains("2  2026-11-25  -    Older note"))
    #expect(
      try box.run(["export", "1"]).stdout
        == "---\ntitle: \"Stand-up.\"\ndate: 2026-11-28T10:30:00+01:00\ntags: [\"team\"]\n---\nTalked about the migration.\n"
    )
    #expect(try box.run(["search", "migration"]).stdout.hasPrefix("1  2026-11-28  Stand-up.\n"))
    #expect(try box.run(["write"]).status == 64)  // nothing to write, and no one to ask
    #expect(try box.run(["write", "x", "--date", "soon"]).status == 64)
  }
}
