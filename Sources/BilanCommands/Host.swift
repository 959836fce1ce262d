import BilanCore
import Foundation

/// Where a run writes: the process's stdout and stderr, or a test's buffers.
public protocol Output: AnyObject {
  /// Text for stdout, exactly (its line ends included).
  func standard(_ text: String)
  /// Text for stderr, exactly (its line ends included).
  func error(_ text: String)
  /// Whether stdout is a terminal: then styles are added, and exported text is shown safe.
  var isTerminal: Bool { get }
  /// Whether stderr is a terminal: then its lines are cut at words to its width.
  var errorIsTerminal: Bool { get }
}

extension Output {
  public var errorIsTerminal: Bool { false }
}

/// A person's line editor at a terminal: readline, which the executable brings.
public protocol LineEditor: LineInput {
  func setUp(historyPath: String, commands: [String], skillCommands: Set<String>)
  /// What to print when a signal ends the run at the prompt.
  func leaveOnTermination(message: String)
  /// The skill names Tab completes after a skill command.
  func setSkills(_ skills: [String])
  /// While the journal is encrypted, the history keeps each command's name and none of its words.
  func keepCommandNamesOnly(_ on: Bool)
  func finish()
}

/// What one run takes from the outside world: its environment, its input and its output. The
/// executable gives the process's (`Host.process`); a test gives its own (`Host.captured`), so commands
/// run in the test's process and their lines are read back.
public final class Host {
  public let environment: [String: String]
  public let output: Output
  /// A person at a terminal types the lines (readline); else they are read as they come (`PipeInput`).
  public let interactive: Bool
  private let makeInput: (Language) -> LineInput
  /// A line read at the terminal without echo (a passphrase), with this prompt; nil where there is no
  /// terminal.
  public let readSecret: ((String) -> Secret?)?

  public init(
    environment: [String: String], output: Output, interactive: Bool, input: @escaping (Language) -> LineInput,
    readSecret: ((String) -> Secret?)? = nil
  ) {
    self.environment = environment
    self.output = output
    self.interactive = interactive
    self.makeInput = input
    self.readSecret = readSecret
  }

  /// The input for this run, its refusals told in `language`.
  func input(_ language: Language) -> LineInput { makeInput(language) }

  /// The process's own: stdin (readline from `editor` on a terminal), stdout, stderr.
  public static func process(editor: @escaping () -> LineEditor) -> Host {
    let interactive = isatty(0) == 1
    let input: (Language) -> LineInput = { language in
      interactive ? editor() : PipeInput(language: language)
    }
    let output = ProcessOutput()
    return Host(
      environment: ProcessInfo.processInfo.environment, output: output, interactive: interactive,
      input: input, readSecret: interactive ? { SecretInput.read(prompt: $0, output: output) } : nil)
  }
}

/// stdout through Swift's `print` (so that results come out in order), stderr unbuffered.
final class ProcessOutput: Output {
  let isTerminal = isatty(1) == 1
  let errorIsTerminal = isatty(2) == 1

  func standard(_ text: String) { print(text, terminator: "") }

  func error(_ text: String) {
    fflush(nil)
    FileHandle.standardError.write(Data(text.utf8))
  }
}

/// What a run wrote, kept in memory: the tests' output.
public final class CapturedOutput: Output, @unchecked Sendable {
  private let lock = NSLock()
  private var out = ""
  private var err = ""
  public let isTerminal = false

  public init() {}

  public func standard(_ text: String) { lock.withLock { out += text } }
  public func error(_ text: String) { lock.withLock { err += text } }
  public var stdout: String { lock.withLock { out } }
  public var stderr: String { lock.withLock { err } }
}

extension Host {
  /// The columns stdout's lines are cut at: its terminal's width, read at each line so that a resize
  /// shows at the next one; nil on a pipe or a file.
  var outputColumns: Int? { output.isTerminal ? Terminal.columns(1, environment) : nil }

  /// The same for stderr.
  var errorColumns: Int? { output.errorIsTerminal ? Terminal.columns(2, environment) : nil }

  /// A message on stderr: made safe (it may quote a file name or a typed value), cut at words on a
  /// terminal.
  func errorLine(_ text: String, wrap: Wrap = .words) {
    let safe = Terminal.safe(text)
    output.error((errorColumns.map { TextWrap.wrap(safe, width: $0, wrap) } ?? safe) + "\n")
  }

  /// A run whose stdin is `input` (a pipe's bytes) and whose output is kept: what tests drive.
  public static func captured(environment: [String: String], input: Data = Data()) -> (Host, CapturedOutput) {
    let output = CapturedOutput()
    let host = Host(environment: environment, output: output, interactive: false) { language in
      PipeInput(bytes: input, language: language)
    }
    return (host, output)
  }
}
