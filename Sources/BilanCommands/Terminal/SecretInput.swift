import BilanCore
import Foundation
import Synchronization

/// A line typed at the terminal without echo: a passphrase. Ctrl-C gives it up, and the terminal gets
/// its echo back whatever happens.
enum SecretInput {
  static let interrupted = Atomic<Bool>(false)

  /// Nil at the end of input or on Ctrl-C.
  static func read(prompt: String, output: Output) -> Secret? {
    var saved = termios()
    guard tcgetattr(0, &saved) == 0 else { return nil }
    var quiet = saved
    quiet.c_lflag &= ~tcflag_t(ECHO)
    // Echo goes off before the prompt shows: what is typed after it is never seen, nor thrown away.
    tcsetattr(0, TCSANOW, &quiet)
    output.standard(prompt + " ")
    fflush(nil)
    // Without SA_RESTART, Ctrl-C ends the read (EINTR) instead of killing bilan with echo off.
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { _ in SecretInput.interrupted.store(true, ordering: .relaxed) }
    sigemptyset(&action.sa_mask)
    var previous = sigaction()
    sigaction(SIGINT, &action, &previous)
    interrupted.store(false, ordering: .relaxed)
    defer {
      tcsetattr(0, TCSANOW, &saved)
      sigaction(SIGINT, &previous, nil)
      output.standard("\n")
    }
    // Room reserved once, so that no copy of a shorter passphrase is left behind by a reallocation.
    var bytes = [UInt8]()
    bytes.reserveCapacity(1024)
    var byte: UInt8 = 0
    while true {
      let n = Glibc.read(0, &byte, 1)
      if n < 0, errno == EINTR, !interrupted.load(ordering: .relaxed) { continue }
      if n <= 0 {
        if bytes.isEmpty || interrupted.load(ordering: .relaxed) {
          Secret(bytes: bytes).wipe()
          return nil
        }
        break
      }
      if byte == 0x0A || byte == 0x0D { break }
      if bytes.count < 1024 { bytes.append(byte) }
    }
    byte = 0
    return Secret(bytes: bytes)
  }
}
