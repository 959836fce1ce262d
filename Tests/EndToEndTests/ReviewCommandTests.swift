import BilanTestSupport
import Foundation
import Testing

/// `review` and `framework` as a user runs them, with the test clock moved between reviews.
@Suite struct ReviewCommandTests {
  @Test func the_next_review_starts_where_the_previous_ended() throws {
    let box = Sandbox()
    _ = try box.run(["rate", "sql", "2", "--date", "2026-06-01"])
    _ = try box.run(["rate", "sql", "3", "--date", "2026-10-01", "--note", "window functions"])
    _ = try box.run(["write", "Joins. I wrote my first window query.", "--skill", "sql", "--date", "2026-10-02"])
    let first = try box.run(["review", "--lang", "en"])
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stdout.hasPrefix("---\ntitle: \"Review from 2026-08-30 to 2026-11-28\"\n"))
    #expect(first.stdout.contains("### SQL: 2/5 → 3/5\n"))
    #expect(first.stdout.contains("- 2026-10-01 — 3/5: window functions\n"))
    #expect(first.stdout.contains("  - 2026-10-02 “Joins.” (#1) — I wrote my first window query.\n"))
    // A week later: it starts at the moment the first one ended, and lists a new rating only.
    let later = ["BILAN_NOW": "2026-12-05T10:30:00+01:00"]
    _ = try box.run(["rate", "sql", "4", "--evidence", "1", "--date", "2026-12-01"], env: later)
    let json = try box.run(["review", "--format", "json"], env: later)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect(object["since"] as? String == "2026-11-28T10:30:00+01:00")
    #expect(object["until"] as? String == "2026-12-05T10:30:00+01:00")
    let moved = try #require(object["moved"] as? [[String: Any]])
    #expect(moved.count == 1)
    #expect((moved.first?["before"] as? [String: Any])?["level"] as? Int == 3)
    #expect((moved.first?["after"] as? [String: Any])?["evidence"] as? String == "#1")
    // The same review asked for again (a script's JSON, run twice) is the one stored, not a third.
    let again = try box.run(["review", "--since", "2026-11-28", "--format", "json", "--lang", "en"], env: later)
    #expect(again.status == 0, "\(again.stderr)")
    let stored = try #require(try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Any])
    #expect(stored["entry"] as? Int == 3 && object["entry"] as? Int == 3, "\(again.stdout)")
    let listed = try box.run(["list", "--kind", "review", "--lang", "en"], env: later)
    #expect(listed.stdout.split(separator: "\n").count == 2)
    #expect(try box.run(["export", "2"], env: later).stdout == first.stdout)
  }

  @Test func a_broken_framework_file_stops_nothing_else() throws {
    let box = Sandbox()
    let folder = box.root + "/config/bilan/frameworks"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try "id: Bad\nstages: []\n".write(toFile: folder + "/bad.yaml", atomically: true, encoding: .utf8)
    let check = try box.run(["framework", "check", folder + "/bad.yaml", "--lang", "en"])
    #expect(check.status == 1)
    #expect(
      check.stdout.split(separator: "\n").map(String.init) == [
        folder + "/bad.yaml:1:5: 'id' must be lower-case letters, digits, '-' or '_' (64 at most)",
        folder + "/bad.yaml:1:1: missing 'title'",
        folder + "/bad.yaml:2:9: 'stages' must be a non-empty list",
        folder + "/bad.yaml:1:1: missing 'skills'",
      ])
    _ = try box.run(["rate", "software testing", "3", "--date", "2026-10-01"])
    let use = try box.run(["framework", "use", "engineering-ladder", "--stage", "senior", "--lang", "en"])
    #expect(use.status == 0)
    #expect(use.stderr.contains("framework file skipped: \(folder)/bad.yaml:1:5"))
    let skills = try box.run(["skills", "--lang", "en"])
    #expect(skills.status == 0)
    #expect(skills.stdout.contains("expected"))
    #expect(
      skills.stdout.split(separator: "\n").contains { $0.hasPrefix("Software architecture") && $0.contains("3/5") })
    #expect(try box.run(["review", "--lang", "en"]).stdout.contains("(expected: 4/5, Senior developer)"))
    #expect(try box.run(["framework", "list"]).stdout.contains("← in use, stage senior"))
    #expect(try box.run(["list"]).status == 0)
    // The choice travels with the JSON backup.
    let backup = box.root + "/backup.json"
    #expect(try box.run(["export", "--all", "--format", "json", "--out", backup]).status == 0)
    #expect(try String(contentsOfFile: backup, encoding: .utf8).contains("\"framework\" : \"engineering-ladder\""))
    let other = ["BILAN_DB": box.root + "/other.sqlite"]
    #expect(try box.run(["import", "--from", "json", backup], env: other).status == 0)
    #expect(try box.run(["framework", "list"], env: other).stdout.contains("← in use, stage senior"))
  }

  @Test func a_framework_choice_can_be_cleared() throws {
    let box = Sandbox()
    _ = try box.run(["rate", "autonomy", "3", "--date", "2026-10-01"])
    let nothing = try box.run(["framework", "clear", "--lang", "en"])
    #expect(nothing.status == 0)
    #expect(nothing.stdout == "No framework is aimed at: nothing to clear.\n")
    #expect(try box.run(["framework", "use", "ecole-ingenieur", "--stage", "year2"]).status == 0)
    #expect(try box.run(["skills", "--lang", "en"]).stdout.contains("expected"))
    // The chart marks the expected level (3/5 in year 2) on the bar and names it in the legend.
    let chart = try box.run(["skills", "--chart", "--lang", "en"]).stdout
    #expect(chart.contains("3/5 ╎3\n") && chart.contains("╎ expected (Year 2)"), "\(chart)")
    let cleared = try box.run(["framework", "clear", "--lang", "fr"])
    #expect(cleared.status == 0, "\(cleared.stderr)")
    #expect(cleared.stdout.hasPrefix("Plus aucun référentiel visé (c'était "), "\(cleared.stdout)")
    #expect(!(try box.run(["skills", "--lang", "en"]).stdout.contains("expected")))
    #expect(!(try box.run(["skills", "--chart", "--lang", "en"]).stdout.contains("╎")))
    #expect(!(try box.run(["framework", "list"]).stdout.contains("in use")))
    #expect(!(try box.run(["evidence", "--lang", "en"]).stdout.contains("expected")))
    #expect(try box.run(["framework", "clear", "--lang", "en"]).stdout.contains("nothing to clear"))
    // The cleared choice travels with the JSON backup; a new choice counts again.
    let backup = box.root + "/backup.json"
    #expect(try box.run(["export", "--all", "--format", "json", "--out", backup]).status == 0)
    let other = ["BILAN_DB": box.root + "/other.sqlite"]
    #expect(try box.run(["import", "--from", "json", backup], env: other).status == 0)
    #expect(!(try box.run(["framework", "list"], env: other).stdout.contains("in use")))
    #expect(try box.run(["framework", "use", "engineering-ladder", "--stage", "senior"], env: other).status == 0)
    #expect(try box.run(["framework", "list"], env: other).stdout.contains("← in use, stage senior"))
  }
}
