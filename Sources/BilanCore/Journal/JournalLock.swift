import Foundation

/// A lock file beside the journal (`<journal>.lock`, 0600): every bilan that opens the journal holds it
/// shared for as long as it runs; `restore` needs it alone. The kernel drops it when a process ends,
/// even killed, so a crash never leaves the journal locked.
final class JournalLock: Sendable {
  let descriptor: Int32

  /// Nil when the lock file cannot be made (a read-only folder): such a journal cannot be replaced either.
  init?(journal path: String, exclusive: Bool) throws {
    let fd = open(path + ".lock", O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
    guard fd >= 0 else { return nil }
    if flock(fd, (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB) != 0 {
      close(fd)
      throw JournalError.inUse(path)
    }
    descriptor = fd
  }

  deinit { close(descriptor) }
}
