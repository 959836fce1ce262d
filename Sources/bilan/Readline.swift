import BilanCommands
@preconcurrency import CReadline
import Foundation
import Synchronization

/// GNU readline for the shell and for answers typed on a terminal: line editing, history of commands
/// only, Tab completion of command and skill names, and Ctrl-C that abandons the line, never the shell.
enum Readline {
  /// Set by the SIGINT handler; the signal event hook clears the line and redraws the prompt.
  static let interrupted = Atomic<Bool>(false)
  /// What Tab may complete: command names, and the commands whose argument is a skill.
  static let completion = Mutex(CompletionState())

  struct CompletionState {
    var commands: [String] = []
    var skillCommands: Set<String> = []
    var skills: [String] = []
    var matches: [String] = []
    var next = 0
  }

  private static let historyPath = Mutex<String?>(nil)
  /// Set while the journal is encrypted: what follows a command's name may be private text.
  static let namesOnly = Atomic<Bool>(false)

  /// Locale, Ctrl-C and completion hooks: once, before any line is read on a terminal (in the shell
  /// or when a command asks for a value).
  static let prepared: Void = {
    // In the C locale readline silently drops non-ASCII input, and readline reads the locale from the
    // environment: make both say UTF-8 when the user's locale does not.
    let utf8 =
      setlocale(LC_CTYPE, "") != nil && String(cString: nl_langinfo(nl_item(CODESET))).uppercased().contains("UTF")
    if !utf8 {
      setenv("LC_CTYPE", "C.UTF-8", 1)
      if getenv("LC_ALL") != nil { setenv("LC_ALL", "C.UTF-8", 1) }
      setlocale(LC_CTYPE, "C.UTF-8")
    }
    rl_readline_name = UnsafePointer(strdup("bilan"))
    rl_catch_signals = 1
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { _ in Readline.interrupted.store(true, ordering: .relaxed) }
    sigemptyset(&action.sa_mask)
    sigaction(SIGINT, &action, nil)
    rl_signal_event_hook = { Readline.afterSignal() }
    rl_event_hook = { Readline.afterSignal() }
    rl_attempted_completion_function = { text, start, _ in Readline.complete(text, start) }
    rl_variable_bind("completion-ignore-case", "on")
  }()

  static func setUp(historyPath: String?, commands: [String], skillCommands: Set<String>) {
    _ = prepared
    completion.withLock {
      $0.commands = commands
      $0.skillCommands = skillCommands
    }
    using_history()
    self.historyPath.withLock { $0 = historyPath }
    // The shell made the file private (0600 in a 0700 folder) before handing its path here.
    if let historyPath { read_history(historyPath) }
  }

  /// What SIGTERM or SIGHUP print before bilan leaves (made once: a signal handler may not allocate).
  nonisolated(unsafe) static var stopMessage: UnsafeMutablePointer<CChar>?

  /// SIGTERM (a shutdown, `kill`) and SIGHUP (the terminal closed) end the shell at once and cleanly:
  /// every answer line is already stored when it is typed, so the draft is whole; readline gives the
  /// terminal back first, then this says so and exits with 128 + the signal's number.
  static func leaveOnTermination(message: String) {
    stopMessage = strdup(message + "\n")
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { signal in
      if let message = Readline.stopMessage { _ = Glibc.write(2, message, strlen(message)) }
      _exit(128 + signal)
    }
    sigemptyset(&action.sa_mask)
    sigaction(SIGTERM, &action, nil)
    sigaction(SIGHUP, &action, nil)
  }

  static func setSkills(_ skills: [String]) {
    completion.withLock { $0.skills = skills }
  }

  /// Reads one line. Commands go to the history (and its file at once); answers never do, and Tab
  /// inserts a tab in them instead of completing.
  static func readLine(prompt: String, command: Bool) -> String? {
    interrupted.store(false, ordering: .relaxed)
    if command { rl_bind_key(9, rl_complete) } else { rl_bind_key(9, rl_insert) }
    guard let raw = readline(prompt) else { return nil }
    defer { free(raw) }
    let line = String(cString: raw)
    if command, !line.trimmingCharacters(in: .whitespaces).isEmpty {
      if namesOnly.load(ordering: .relaxed) {
        let name = line.split(whereSeparator: \.isWhitespace).first.map(String.init) ?? ""
        add_history(name)
      } else {
        add_history(raw)
      }
      if let path = historyPath.withLock({ $0 }) { append_history(1, path) }
    }
    return line
  }

  static func finish() {
    if let path = historyPath.withLock({ $0 }) { history_truncate_file(path, 1000) }
  }

  private static func afterSignal() -> Int32 {
    guard interrupted.exchange(false, ordering: .relaxed) else { return 0 }
    rl_replace_line("", 0)
    rl_point = 0
    rl_crlf()
    rl_on_new_line()
    rl_redisplay()
    return 0
  }

  private static func complete(
    _ text: UnsafePointer<CChar>?, _ start: Int32
  ) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    rl_attempted_completion_over = 1  // never fall back to file names
    let before = String(
      decoding: UnsafeBufferPointer(start: rl_line_buffer, count: Int(start)).map { UInt8(bitPattern: $0) },
      as: UTF8.self)
    let words = before.split(whereSeparator: \.isWhitespace).map(String.init)
    let typed = text.map { String(cString: $0) } ?? ""
    completion.withLock { state in
      let pool: [String]
      if words.isEmpty {
        pool = state.commands
      } else if words.count == 1, state.skillCommands.contains(words[0]) {
        // A name with spaces is inserted with backslashes, which the shell's word splitting reads back.
        pool = state.skills.map { $0.replacingOccurrences(of: " ", with: "\\ ") }
      } else {
        pool = []
      }
      state.matches = pool.filter { $0.lowercased().hasPrefix(typed.lowercased()) }
      state.next = 0
    }
    return rl_completion_matches(text) { _, _ in
      Readline.completion.withLock { state in
        guard state.next < state.matches.count else { return nil }
        defer { state.next += 1 }
        return strdup(state.matches[state.next])
      }
    }
  }
}

/// Readline as the commands' line editor: only when stdin is a terminal, since on a pipe it would
/// echo, complete and write escapes.
final class ReadlineEditor: LineEditor {
  init() { _ = Readline.prepared }

  func readLine(prompt: String, command: Bool) throws -> String? {
    Readline.readLine(prompt: prompt, command: command)
  }

  func setUp(historyPath: String, commands: [String], skillCommands: Set<String>) {
    Readline.setUp(historyPath: historyPath, commands: commands, skillCommands: skillCommands)
  }

  func leaveOnTermination(message: String) { Readline.leaveOnTermination(message: message) }
  func setSkills(_ skills: [String]) { Readline.setSkills(skills) }
  func keepCommandNamesOnly(_ on: Bool) { Readline.namesOnly.store(on, ordering: .relaxed) }
  func finish() { Readline.finish() }
}
