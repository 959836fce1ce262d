import Foundation
import Testing

@testable import BilanCore

/// export → import → export is a fixed point for every entry bilan can hold, over random entries full
/// of hostile strings. Seeded: a failure names its seed, and `BILAN_SEED=N` replays it.
@Suite struct FixedPointTests {
  /// SplitMix64: small, fast and the same on every machine.
  struct Seeded: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  static let pieces = [
    "\"", "'", ":", ": ", " #", "#", "---", "+++", "{", "}", "[", "]", "\\", "\t", "é", "œ", "🙂", "\u{301}",
    "\u{1}", "\u{7F}", "\u{85}", "\u{2028}", "\u{FEFF}", "<b>", "{{< x >}}", "- ", "## ", "### ", "```", "*", "&",
    "!", "%", "@", "`", "|", ">", "?", "yes", "0777", "2014-09-28", "null", "~", " ", "a", "Z", "42",
  ]

  static func text(_ rng: inout Seeded, lines: ClosedRange<Int>, words: ClosedRange<Int> = 0...8) -> String {
    (0..<Int.random(in: lines, using: &rng)).map { _ in
      (0..<Int.random(in: words, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
    }.joined(separator: "\n")
  }

  let sets = PromptLibrary.shippedIDs.compactMap { try? PromptLibrary.shipped($0) }

  /// Random answers to every kind of question a set asks, as an interview would store them.
  static func answers(_ set: PromptSet, _ rng: inout Seeded) -> [String: String] {
    var answers: [String: String] = [:]
    func answer(_ question: PromptSet.Question, _ key: String) {
      guard Bool.random(using: &rng) else { return }
      let line = { (rng: inout Seeded) in "x" + text(&rng, lines: 1...1).replacingOccurrences(of: "\n", with: " ") }
      switch question.kind {
      case .text, .evidence: answers[key] = text(&rng, lines: 1...5)
      case .line, .link: answers[key] = line(&rng).trimmingCharacters(in: .whitespaces)
      case .list, .links:
        answers[key] = (0..<Int.random(in: 1...3, using: &rng)).map { _ in
          line(&rng).trimmingCharacters(in: .whitespaces)
        }
        .joined(separator: "\n")
      case .skills: answers[key] = "SQL, Python"
      case .rating: answers[key] = "3"
      case .target: answers[key] = "4\n2027-06"
      case .tags, .anecdotes, .generated: break
      }
    }
    for question in set.asked {
      guard question.kind == .anecdotes else {
        answer(question, question.id)
        continue
      }
      let count = Int.random(in: question.min...question.max, using: &rng)
      if count > question.min { answers[question.id] = String(count) }
      for number in 1...max(count, 1) where number <= count {
        for part in question.parts { answer(part, Interview.key(question.id, number, part.id)) }
      }
    }
    return answers
  }

  @Test func export_import_export_is_a_fixed_point() throws {
    let start =
      ProcessInfo.processInfo.environment["BILAN_SEED"].flatMap(UInt64.init) ?? UInt64.random(in: 0...UInt64.max / 2)
    _ = try #require(try PromptLibrary.shipped("vision"))
    let folder = temporaryFolder()
    let journal = try openJournal(path: folder + "/fixed.sqlite", language: .fr)
    for offset in 0..<150 {
      let seed = start + UInt64(offset)
      var rng = Seeded(state: seed)
      let set = sets.randomElement(using: &rng)!
      var entry = Entry(
        kind: set.about == .project ? .project : .assessment, skillID: nil, promptSet: set.id,
        lang: Bool.random(using: &rng) ? .fr : .en, title: "T" + Self.text(&rng, lines: 1...1),
        now: Date(timeIntervalSince1970: 0), utcOffset: 3600)
      entry.status = .done
      entry.date = Bool.random(using: &rng) ? Date(timeIntervalSince1970: 1_764_322_200) : nil
      entry.description = Self.text(&rng, lines: 0...2)
      let answers = Self.answers(set, &rng)
      let tags = Tags.clean((0..<Int.random(in: 0...3, using: &rng)).map { _ in Self.text(&rng, lines: 1...1) })
      let target = answers["target"].map { _ in Essay.Goal(level: 4, due: "2027-06") }
      let first = Essay(
        entry: entry, subject: Subject(skill: entry.title, project: entry.title), set: set, answers: answers,
        tags: tags, level: Bool.random(using: &rng) ? Int.random(in: 1...5, using: &rng) : nil, target: target
      ).markdown

      func importAndExport(_ markdown: String) throws -> (ImportOutcome, String) {
        let data = Data(markdown.utf8)
        let plan = ImportPlan(
          document: try MarkdownDocument.parse(data), path: "/fixed/\(seed).md", hash: ContentHash.of(data),
          sets: sets, localOffset: 3600)
        let outcome = try journal.importMarkdown(plan, language: .fr, now: Date())
        let id: Int64
        switch outcome {
        case .imported(let n), .updated(let n), .unchanged(let n), .copy(let n, _): id = n
        }
        let essay = ImportedEssay(
          entry: try #require(try journal.entry(id)), source: try #require(try journal.source(of: id)),
          answers: try journal.answers(of: id), tags: try journal.tags(of: id))
        return (outcome, essay.markdown)
      }
      let (_, second) = try importAndExport(first)
      #expect(second == first, "seed \(seed): export → import → export changed the file")
      let (outcome, third) = try importAndExport(second)
      #expect(third == second, "seed \(seed)")
      if case .unchanged = outcome {} else { Issue.record("seed \(seed): the same file again was \(outcome)") }
      if second != first { break }
    }
  }
}
