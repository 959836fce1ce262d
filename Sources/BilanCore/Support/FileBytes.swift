import Foundation

/// Writing a whole buffer to a file descriptor: `write` may take fewer bytes than asked. Shared by
/// every file bilan writes under a temporary name (export, publish, backups).
public enum FileBytes {
  /// Writes all of `data` to `fd`; false when the system refuses (errno says why).
  public static func write(_ data: Data, to fd: Int32) -> Bool {
    data.withUnsafeBytes { buffer -> Bool in
      var offset = 0
      while offset < buffer.count {
        let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
        if n <= 0 { return false }
        offset += n
      }
      return true
    }
  }
}
