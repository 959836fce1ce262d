import BilanTestSupport
import Foundation
import Testing

/// Many bilan processes writing the same journal at once: nothing lost, no "database is locked".
@Suite struct ConcurrencyTests {
  /// The same on an encrypted journal: each writer derives the key and seals its pages.
  @Test(arguments: [false, true]) func eight_writers_lose_nothing(encrypted: Bool) throws {
    let box = Sandbox()
    try box.startJournal()  // the journal exists before the race
    let env = encrypted && !testsEncrypted ? ["BILAN_PASSPHRASE_FILE": try passphraseFile(box, "eight writers")] : [:]
    if !env.isEmpty {
      #expect(try box.run(["encrypt"], env: env.merging(["BILAN_TEST_KDF": "1"]) { $1 }).status == 0)
    }
    let failures = Failures()
    let group = DispatchGroup()
    for writer in 0..<8 {
      group.enter()
      Thread.detachNewThread {
        defer { group.leave() }
        for n in 0..<40 {
          do {
            let result = try box.runProcess(
              ["write", "Writer \(writer) note \(n). Body \(writer)-\(n).", "--tag", "w\(writer)"], env: env)
            if result.status != 0 || !result.stderr.isEmpty { failures.add("\(writer)/\(n): \(result.stderr)") }
          } catch {
            failures.add("\(writer)/\(n): \(error)")
          }
        }
      }
    }
    group.wait()
    #expect(failures.all.isEmpty, "\(failures.all.prefix(3))")
    let counts = try box.run(["tags"], env: env).stdout.split(separator: "\n").map {
      $0.split(separator: " ").first ?? ""
    }
    #expect(counts == Array(repeating: "40", count: 8))
    #expect(try box.run(["search", "\"Body 7-39\""], env: env).stdout.contains("Writer 7 note 39."))
    #expect(try box.run(["doctor"], env: env).status == 0)
  }

  /// Eight bilans started at once on a journal that does not exist yet: one makes it, all migrate it
  /// (a stale list of migrations is read again), every entry is kept. Five fresh journals, five races.
  @Test func eight_first_writers_on_a_new_journal_all_get_in() throws {
    for _ in 0..<5 {
      let box = Sandbox()
      let failures = Failures()
      let group = DispatchGroup()
      for writer in 0..<8 {
        group.enter()
        Thread.detachNewThread {
          defer { group.leave() }
          do {
            let result = try box.runProcess(["write", "First \(writer). Body.", "--tag", "w\(writer)"])
            if result.status != 0 || !(result.stderr.isEmpty || result.stderr == box.newJournalNote()) {
              failures.add("\(writer): \(result.status) \(result.stderr)")
            }
          } catch {
            failures.add("\(writer): \(error)")
          }
        }
      }
      group.wait()
      #expect(failures.all.isEmpty, "\(failures.all.prefix(3))")
      #expect(try box.run(["list", "--format", "json"]).stdout.components(separatedBy: "\"id\"").count == 9)
      #expect(try box.run(["doctor"]).status == 0)
    }
  }
}

final class Failures: @unchecked Sendable {
  private let lock = NSLock()
  private var items: [String] = []
  func add(_ item: String) { lock.withLock { items.append(item) } }
  var all: [String] { lock.withLock { items } }
}
