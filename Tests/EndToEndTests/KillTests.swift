import BilanTestSupport
import Foundation
import GRDB
import Testing

/// Killing bilan in the middle of an assessment loses at most the line being typed.
@Suite struct KillTests {
  @Test func sigkill_mid_answer_then_resume_finds_every_line_given_before() throws {
    let box = Sandbox()
    let process = Process()
    process.executableURL = URL(fileURLWithPath: bilanBinary)
    process.arguments = ["assess", "Rigueur", "--lang", "fr"]
    process.environment = box.environment()
    let stdin = Pipe()
    process.standardInput = stdin
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    stdin.fileHandleForWriting.write(
      Data("Première réponse.\n\nSur deux paragraphes.\n.\nLigne une\n\nLigne deux\n".utf8))
    // Wait until the last line typed has reached the journal, as a person would wait before the crash.
    let deadline = Date().addingTimeInterval(15)
    var pending: String?
    while Date() < deadline {
      if FileManager.default.fileExists(atPath: box.journal) {
        pending = try? database(box.journal).read { db in
          try String.fetchOne(db, sql: "SELECT pending FROM entry WHERE id = 1")
        }
        if pending == "Ligne une\n\nLigne deux" { break }
      }
      usleep(20_000)
    }
    #expect(pending == "Ligne une\n\nLigne deux")
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal)

    let integrity = try database(box.journal).read { db in
      try String.fetchOne(db, sql: "PRAGMA integrity_check")
    }
    #expect(integrity == "ok")
    let resumed = try box.run(
      ["resume"], input: "Ligne trois.\n.\nCritique.\n.\nFin.\n.\nDescription\nA, B\n2\n")
    #expect(resumed.status == 0)
    #expect(resumed.stdout == "1 Rigueur\n")
    let essay = try box.run(["export", "1"]).stdout
    #expect(essay.contains("## Ma vision de la rigueur\n\nPremière réponse.\n\nSur deux paragraphes.\n"))
    #expect(essay.contains("## Contexte d'utilisation\n\nLigne une\n\nLigne deux\nLigne trois.\n"))
    #expect(essay.contains("level: 2\n"))
  }
}

/// SIGTERM and SIGHUP end the shell cleanly: a message, exit 128 + the signal, every answer kept.
@Suite struct TerminationTests {
  @Test(arguments: [SIGTERM, SIGHUP])
  func a_signal_mid_interview_leaves_the_draft_whole(_ signal: Int32) throws {
    let box = Sandbox()
    try box.startJournal(["--lang", "en"])
    let term = try Terminal(["--lang", "en"], environment: box.environment())
    _ = try term.expect("bilan> ")
    term.type("assess sql\r")
    _ = try term.expect("[1/7]")
    term.type("Joins and indexes.\r")
    term.type("\r")
    term.type("Second paragraph.\r")
    // The last line has reached the journal before the signal, as before a shutdown.
    let deadline = Date().addingTimeInterval(15)
    var pending: String?
    while Date() < deadline, pending != "Joins and indexes.\n\nSecond paragraph." {
      pending = try? database(box.journal).read { db in
        try String.fetchOne(db, sql: "SELECT pending FROM entry WHERE id = 1")
      }
      usleep(20_000)
    }
    kill(term.pid, signal)
    #expect(term.wait() == 128 + signal)
    #expect(term.output.contains("bilan: stopped; every answer typed is stored ('resume' continues a draft)."))
    let integrity = try database(box.journal).read { db in
      try String.fetchOne(db, sql: "PRAGMA integrity_check")
    }
    #expect(integrity == "ok")
    #expect(try box.run(["drafts", "--lang", "en"]).stdout.contains("SQL"))
    // resume through a pipe: the lines typed before the signal come back, then the interview goes on.
    let resumed = try box.run(["resume", "1", "--lang", "en"], input: "More.\n.\n.\n.\n.\n\n\n3\n")
    #expect(resumed.status == 0)
    #expect(try box.run(["show", "1"]).stdout.contains("Joins and indexes.\n\nSecond paragraph.\nMore."))
  }
}
