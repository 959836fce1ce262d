import BilanTestSupport
import Foundation
import Testing

/// `evidence` on a fixture journal: the real portfolio, imported, names exactly what `check` misses.
@Suite struct EvidenceCommandTests {
  static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/portfolio-crlf").path

  /// `#id` → the texts after `✗` under it, from `check --all` (`#3  Title  (set)`) or `evidence`
  /// (`Skill  (#3)`).
  static func missing(_ output: String) -> [String: [String]] {
    var found: [String: [String]] = [:]
    var current = ""
    for line in output.split(separator: "\n").map(String.init) {
      if let id = line.firstMatch(of: /#\d+/), !line.hasPrefix("  ") { current = String(id.output) }
      if line.hasPrefix("  ✗ ") {
        found[current, default: []].append(
          String(line.dropFirst(4).prefix { $0 != "←" }).trimmingCharacters(in: .whitespaces))
      }
    }
    return found
  }

  @Test(arguments: ["en", "fr"])
  func the_map_names_exactly_the_pieces_check_misses(_ language: String) throws {
    let box = Sandbox()
    let site = box.root + "/site"
    try FileManager.default.copyItem(atPath: Self.fixture, toPath: site)
    let env = ["BILAN_NOW": "2026-11-01T10:00:00+01:00"]
    #expect(try box.run(["import", site + "/content"], env: env).status == 0)
    // The imported portfolio meets its rubrics; two essays of the journal's own miss parts of theirs.
    _ = try box.run(
      ["assess", "teamwork", "--lang", "en"], input: "Care.\n.\n:skip\n:skip\n:skip\n\n\n:skip\n", env: env)
    _ = try box.run(
      ["assess", "rigour", "--lang", "en"], input: "Care.\n.\n:skip\nSlow.\n.\n:skip\n\n\n2\n", env: env)
    let check = try box.run(["check", "--all", "--lang", language], env: env)
    let map = try box.run(["evidence", "--lang", language], env: env)
    #expect(map.status == 0, "\(map.stderr)")
    let missed = Self.missing(check.stdout)
    #expect(!missed.isEmpty, "the fixture misses something: \(check.stdout)")
    #expect(Self.missing(map.stdout) == missed, "check:\n\(check.stdout)\nevidence:\n\(map.stdout)")
    // What is met shows the essay that meets it, with its date.
    #expect(map.stdout.contains("✓ "))
    let chart = try box.run(["evidence", "--chart", "--lang", language], env: env)
    #expect(chart.stdout.contains("□") && chart.stdout.contains("■"))
  }

  @Test func a_framework_adds_its_levels_and_components() throws {
    let box = Sandbox()
    _ = try box.run(["rate", "autonomy", "3", "--date", "2026-10-01", "--evidence", "https://example.org/plan"])
    _ = try box.run(["write", "Planned the sprint alone.", "--skill", "autonomy", "--tag", "plan-own-work"])
    _ = try box.run(["framework", "use", "ecole-ingenieur", "--stage", "year2"])
    let map = try box.run(["evidence", "--lang", "en"])
    #expect(map.status == 0, "\(map.stderr)")
    #expect(map.stdout.contains("  ✓ level 3/5 expected (Year 2)  ← https://example.org/plan 2026-10-01\n"))
    #expect(map.stdout.contains("  ✓ 'Plan one's own work' (tag plan-own-work)  ← #1 2026-11-28\n"))
    #expect(map.stdout.contains("  ✗ 'Ask for help when it is needed' (tag ask-for-help)\n"))
    // A skill the framework expects and nothing backs yet comes first.
    #expect(map.stdout.hasPrefix("Communication\n  ✗ level 3/5 expected (Year 2)\n"))
  }
}
