import BilanCore
import Foundation

/// What a command needs from the outside world: where to read lines, where to write, which journal,
/// which language and what time it is. The shell makes one and hands it to every command it runs, so
/// `bilan list` and `list` in the shell run the same code with the same output.
final class Context {
  /// The run's outside world: environment, input and output.
  let host: Host
  let environment: [String: String]
  let language: Language
  let journalPath: String
  /// True when lines come from a person at a terminal: then prompts, hints and colours are shown.
  let interactive: Bool
  let input: LineInput
  let verbose: Bool
  /// `--passphrase-file`: where an encrypted journal's passphrase is read.
  let passphraseFile: String?
  /// The user's `config.yaml`, read once per run.
  let config: Config
  private let fixedNow: (Date, Int)?
  private let session: Session

  /// What a whole run shares, even when a shell command brings its own options: the question sets are
  /// read (and a broken file is named) once.
  final class Session {
    var prompts: PromptLibrary?
    var frameworks: FrameworkLibrary?
    var inShell = false
    /// The journals opened so far, by path: one per file, whatever options a command brings.
    var journals: [String: Journal] = [:]
    /// The keys of encrypted journals, kept for the session after their journal is let go (`restore`,
    /// `encrypt` in the shell), so that the passphrase is asked once.
    var keys: [String: KeyHold] = [:]
  }

  init(
    global: GlobalOptions, host: Host, input: LineInput, config: Config, session: Session = Session()
  ) {
    self.host = host
    let environment = host.environment
    self.environment = environment
    self.config = config
    self.language = Language.resolve(option: global.lang, environment: environment, config: config.lang)
    self.journalPath = Paths.expandingHome(global.db ?? Paths.journal(environment), environment)
    self.input = input
    self.interactive = host.interactive
    self.verbose = global.verbose
    self.passphraseFile = global.passphraseFile
    self.fixedNow = environment["BILAN_NOW"].flatMap(Clock.parse)
    self.session = session
  }

  /// The same context with a command's own `--db`, `--lang` or `--verbose`.
  func applying(_ global: GlobalOptions) -> Context {
    if global.db == nil, global.lang == nil, !global.verbose, global.passphraseFile == nil { return self }
    var merged = global
    if merged.lang == nil { merged.lang = language }
    if merged.db == nil { merged.db = journalPath }
    if merged.passphraseFile == nil { merged.passphraseFile = passphraseFile }
    merged.verbose = merged.verbose || verbose
    return Context(global: merged, host: host, input: input, config: config, session: session)
  }

  /// The question sets: shipped ones and the user's. A broken user file is named once and skipped.
  var prompts: PromptLibrary {
    if let prompts = session.prompts { return prompts }
    let library = PromptLibrary(userFolder: Paths.prompts(environment))
    // One warning a broken file: its first problem, and how to see them all.
    var named = Set<String>()
    for problem in library.problems where named.insert(problem.file).inserted {
      let more = library.problems.filter { $0.file == problem.file }.count - 1
      let rest =
        more == 0
        ? ""
        : say(ShellMessage.moreProblems(more))
      warn(say(ShellMessage.setFileSkipped(problem.text(language), rest: rest)))
    }
    session.prompts = library
    return library
  }

  /// The frameworks: shipped ones and the user's. A broken user file is named once and skipped.
  var frameworks: FrameworkLibrary {
    if let frameworks = session.frameworks { return frameworks }
    let library = FrameworkLibrary(userFolder: Paths.frameworks(environment))
    var named = Set<String>()
    for problem in library.problems where named.insert(problem.file).inserted {
      let more = library.problems.filter { $0.file == problem.file }.count - 1
      warn(say(FrameworkMessage.fileSkipped(problem.text(language), more: more)))
    }
    session.frameworks = library
    return library
  }

  /// The framework and stage the journal aims at, when chosen and still there.
  func expectation(_ journal: Journal) throws -> Expectation? {
    frameworks.expectation(try journal.frameworkChoice())
  }

  /// A set by id, or a usage error that lists the known ones.
  func promptSet(_ id: String) throws -> PromptSet {
    guard let loaded = try prompts.set(id) else {
      let known = prompts.ids.joined(separator: ", ")
      throw BilanUsageError(say(ShellMessage.unknownSet(id, known: known)))
    }
    return loaded.set
  }

  /// The journal, opened on first use so that `--version` and `--help` never touch it. A journal that
  /// does not exist yet is made only for a command `starting` one, one that records something new
  /// (`write`, `assess`, `import`, the shell…); any other says there is none and makes nothing.
  func journal(writing: Bool = true, starting: Bool = false) throws -> Journal {
    if let open = session.journals[journalPath], !(writing && open.isReadOnly) { return open }
    let isNew = !FileManager.default.fileExists(atPath: journalPath)
    if isNew { try mayStart(starting) }
    do {
      // A journal opened read-only is let go first: its lock and connection make way for the new one.
      session.journals[journalPath] = nil
      let path = journalPath
      // BILAN_ENCRYPT=1: a new journal is sealed from its first line (the passphrase chosen now).
      let newKey =
        try isNew && environment["BILAN_ENCRYPT"] == "1"
        ? (newPassphrase(for: path), KeyCost.from(environment: environment)) : nil
      let journal = try Journal(
        path: path, forWriting: writing, language: language, passphrase: { try self.passphrase(for: path) },
        newKey: newKey)
      session.journals[journalPath] = journal
      keepKey(journal.key)
      // A script has no one to ask: it is told, so a typo in --db does not go unseen.
      if isNew, !isDefaultJournal, !interactive { warn(say(ShellMessage.journalCreated(fullJournalPath))) }
      return journal
    } catch let error as JournalError {
      throw BilanError(error.message(language))
    }
  }

  /// Whether the missing journal may be made now: the default one silently (the first run just works);
  /// one named by --db or BILAN_DB only in a folder that exists, and on a terminal once the person says so.
  private func mayStart(_ starting: Bool) throws {
    let full = fullJournalPath
    if !isDefaultJournal {
      // A folder that does not exist is a typo, not a new journal to make where no one will find it.
      let folder = (full as NSString).deletingLastPathComponent
      if !FileManager.default.fileExists(atPath: folder) {
        throw BilanError(say(ShellMessage.noSuchFolder(folder, journal: full)))
      }
    }
    guard starting else {
      throw BilanError(say(isDefaultJournal ? ShellMessage.noJournalYet(full) : ShellMessage.noJournal(full)))
    }
    if !isDefaultJournal, interactive, try !confirm(say(ShellMessage.createJournal(full)), yes: false) {
      throw BilanError(say(ShellMessage.journalNotCreated))
    }
  }

  /// The journal bilan uses when none is named: the one whose folders it makes.
  private var isDefaultJournal: Bool { journalPath == Paths.defaultJournal(environment) }

  /// The journal's path from the root, as messages about making it show it, whatever was typed.
  var fullJournalPath: String {
    URL(fileURLWithPath: journalPath).standardizedFileURL.path
  }

  /// Lets go of the journal (its connection and its lock), as `restore` needs inside the shell; the
  /// next command opens it again. The key of an encrypted one stays held: no passphrase asked again.
  func closeJournal() {
    // All of them: `--db` may name the shell's journal by another spelling of its path.
    session.journals.removeAll()
  }

  /// Keeps the journal's key for the session (nil: the journal is no longer encrypted).
  func keepKey(_ key: KeyHold?) {
    session.keys[journalPath] = key
  }

  /// Exports and sites are plain text by nature: said where they are written, for an encrypted journal.
  func notePlain(_ written: String) {
    if journalIsEncrypted { warn(say(CryptMessage.plainOutput(written))) }
  }

  /// Whether the journal is encrypted, as far as this session knows: the shell's history then keeps
  /// command names only.
  var journalIsEncrypted: Bool { session.keys[journalPath] != nil }

  /// Now, and the UTC offset in force now. `BILAN_NOW` (RFC 3339) fixes the clock for tests.
  var now: (date: Date, utcOffset: Int) {
    if let fixedNow { return fixedNow }
    let date = Date()
    return (date, TimeZone.current.secondsFromGMT(for: date))
  }

  /// The local time zone: the test clock's offset when `BILAN_NOW` fixes it, else the system's (`TZ`).
  var zone: TimeZone {
    fixedNow.flatMap { TimeZone(secondsFromGMT: $0.1) } ?? TimeZone.current
  }

  /// How often skills are re-rated by default.
  var cadence: Cadence { config.cadence ?? .standard }

  /// Columns for charts: the terminal's width, else `COLUMNS`, else 80.
  var width: Int {
    host.outputColumns ?? environment["COLUMNS"].flatMap(Int.init).map { max(20, $0) } ?? 80
  }

  /// How to type a command here: `resume 3` in the shell, `bilan resume 3` elsewhere.
  func command(_ text: String) -> String {
    session.inShell ? text : "bilan " + text
  }

  /// The shell sets this so that messages name commands as they are typed there.
  func enterShell() { session.inShell = true }

  /// Results, on stdout, one line each. The text is made safe here, once for every command: stored
  /// text may hold escape sequences (an imported file), and they are shown, never run. On a terminal,
  /// lines are cut at words to its width (`wrap`), then styled.
  func out(_ text: String, _ style: Terminal.Style = .plain, wrap: Wrap = .words) {
    host.output.standard(Terminal.styled(fitted(Terminal.safe(text), wrap), style, styled: styled) + "\n")
  }

  /// Styles only on a terminal, and not when `NO_COLOR` is set.
  var styled: Bool { host.output.isTerminal && environment["NO_COLOR"] == nil }

  /// A line whose stored parts were made safe already, with bilan's own codes between them: not cut,
  /// as the codes would be counted.
  func outSafe(_ text: String) {
    host.output.standard(text + "\n")
  }

  /// Text as it is, its line ends its own; cut at words on a terminal only when `wrap` says so.
  func write(_ text: String, wrap: Wrap = .none) {
    host.output.standard(fitted(Terminal.safe(text), wrap))
  }

  /// Text whose bytes are the result (an export): exact into a file or a pipe, safe on a terminal.
  func writeExported(_ text: String) {
    host.output.standard(host.output.isTerminal ? Terminal.safe(text) : text)
  }

  /// Shown only to a person at a terminal: prompts, hints, greetings.
  func tell(_ text: String, _ style: Terminal.Style = .plain, wrap: Wrap = .words) {
    if interactive { out(text, style, wrap: wrap) }
  }

  /// A message on stderr. It may quote a file name or a typed value: made safe like stored text.
  func warn(_ text: String, wrap: Wrap = .words) {
    host.errorLine(text, wrap: wrap)
  }

  /// Safe text cut to the terminal's width; on a pipe or a file, as it is.
  private func fitted(_ text: String, _ wrap: Wrap) -> String {
    guard wrap != .none, let columns = host.outputColumns else { return text }
    return TextWrap.wrap(text, width: columns, wrap)
  }

  /// Asks for a value a command lacks. Only on a terminal; scripts get a usage error instead.
  func ask(_ question: String, missing: String) throws -> String {
    guard interactive else { throw BilanUsageError(missing) }
    guard let line = try input.readLine(prompt: prompt(Terminal.safe(question) + " "), command: false) else {
      throw BilanUsageError(missing)
    }
    let value = line.trimmingCharacters(in: .whitespaces)
    guard !value.isEmpty else { throw BilanUsageError(missing) }
    return value
  }

  /// The entry id a command lacks, asked for on a terminal.
  func askEntryID(command: String) throws -> Int64 {
    let typed = try ask(
      say(UsageMessage.entryIDPrompt), missing: say(UsageMessage.missingEntryID(command: "bilan " + command)))
    guard let id = Int64(typed) else { throw BilanUsageError(say(UsageMessage.notAnEntryID(typed))) }
    return id
  }

  /// A question for the line editor, cut at words like every sentence: the lines but the last are
  /// printed, the last is the prompt (the editor draws a prompt on one line).
  private func prompt(_ text: String) -> String {
    guard let columns = host.outputColumns else { return text }
    var lines = TextWrap.lines(text, width: columns, .words)
    let last = lines.popLast() ?? text
    for line in lines { host.output.standard(line + "\n") }
    // The space the answer is typed after, which the cutting dropped at the line's end.
    return text.hasSuffix(" ") && !last.hasSuffix(" ") ? last + " " : last
  }

  /// Asks to confirm a destructive step; scripts must say `--yes`.
  func confirm(_ question: String, yes: Bool) throws -> Bool {
    if yes { return true }
    guard interactive else {
      throw BilanUsageError(say(ShellMessage.addYes))
    }
    let choices = language == .fr ? " [o/N] " : " [y/N] "
    let answer = try input.readLine(prompt: prompt(Terminal.safe(question) + choices), command: false) ?? ""
    return ["y", "yes", "o", "oui"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
  }
}

/// A user mistake or an outside failure, told in one line: never a Swift crash trace.
struct BilanError: Error, CustomStringConvertible {
  var description: String
  var exitCode: Int32 = 1
  init(_ description: String, exitCode: Int32 = 1) {
    self.description = description
    self.exitCode = exitCode
  }
}

/// A command that lacks a value when no one is there to ask for it (exit 64, like other usage errors).
struct BilanUsageError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}

/// A command whose result is a failure (a rubric not met, a file with problems): it has said why, and
/// exits with this code on the command line; in the shell, the next command runs.
struct CommandFailed: Error {
  var exitCode: Int32 = 1
}

/// Ends the whole run with this exit code, after the message has been shown (a scripted interview that
/// went out of step, end of input in the middle of an answer).
struct StopRun: Error {
  var exitCode: Int32
  /// Said on stderr as the run ends, when nothing said it before.
  var message: String?
  init(exitCode: Int32, message: String? = nil) {
    self.exitCode = exitCode
    self.message = message
  }
}

enum Paths {
  /// `$XDG_DATA_HOME/bilan/bilan.sqlite` (`~/.local/share/...` when unset), or `BILAN_DB`.
  static func journal(_ env: [String: String]) -> String {
    if let db = env["BILAN_DB"], !db.isEmpty { return db }
    return defaultJournal(env)
  }

  /// Where bilan keeps its journal when none is named: the one journal whose folders it makes.
  static func defaultJournal(_ env: [String: String]) -> String {
    xdg(env, "XDG_DATA_HOME", ".local/share") + "/bilan/bilan.sqlite"
  }

  static func history(_ env: [String: String]) -> String {
    xdg(env, "XDG_STATE_HOME", ".local/state") + "/bilan/history"
  }

  /// `$XDG_CONFIG_HOME/bilan/config.yaml`.
  static func config(_ env: [String: String]) -> String {
    xdg(env, "XDG_CONFIG_HOME", ".config") + "/bilan/config.yaml"
  }

  /// The user's question sets: `$XDG_CONFIG_HOME/bilan/prompts/`.
  static func prompts(_ env: [String: String]) -> String {
    xdg(env, "XDG_CONFIG_HOME", ".config") + "/bilan/prompts"
  }

  /// The user's frameworks: `$XDG_CONFIG_HOME/bilan/frameworks/`.
  static func frameworks(_ env: [String: String]) -> String {
    xdg(env, "XDG_CONFIG_HOME", ".config") + "/bilan/frameworks"
  }

  private static func xdg(_ env: [String: String], _ key: String, _ fallback: String) -> String {
    if let value = env[key], value.hasPrefix("/") { return value }
    let home = env["HOME"] ?? NSHomeDirectory()
    return "\(home)/\(fallback)"
  }

  /// `~/…` with the run's `HOME`: Foundation's own expansion reads the password database, which is
  /// not where a `HOME` set for a test or a sandbox points.
  static func expandingHome(_ path: String, _ env: [String: String]) -> String {
    guard path == "~" || path.hasPrefix("~/"), let home = env["HOME"], !home.isEmpty else { return path }
    return home + path.dropFirst()
  }

  /// A path as a person reads it: the home folder as `~`.
  static func display(_ path: String, _ env: [String: String]) -> String {
    guard let home = env["HOME"], !home.isEmpty, path.hasPrefix(home + "/") else { return path }
    return "~" + path.dropFirst(home.count)
  }
}

enum Clock {
  /// `BILAN_NOW` is RFC 3339, read as front-matter dates are (its offset kept).
  static func parse(_ text: String) -> (Date, Int)? {
    guard text.count > 10 else { return nil }
    return ImportPlan.parseDate(text, localOffset: 0)
  }
}
