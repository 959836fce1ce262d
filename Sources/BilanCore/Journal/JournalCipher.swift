import CBilanCrypt
import Foundation

/// A passphrase as bytes, wiped when the last reference goes: never a `String`, which Swift may copy
/// where nothing can wipe it.
public final class Secret: @unchecked Sendable {
  public private(set) var bytes: [UInt8]

  public init(bytes: [UInt8]) { self.bytes = bytes }

  deinit { wipe() }

  public var isEmpty: Bool { bytes.isEmpty }

  public func wipe() {
    bytes.withUnsafeMutableBytes { if let base = $0.baseAddress { bilan_crypt_wipe(base, $0.count) } }
    bytes.removeAll()
  }

  /// Whether two passphrases are the same (typed twice).
  public func matches(_ other: Secret) -> Bool { bytes == other.bytes }

  /// The first line of the file at `path`, read straight into bytes that are wiped (a `Data` of the
  /// whole file would stay in memory unwiped); nil when it cannot be read. At most 4 KiB.
  public static func firstLine(ofFile path: String) -> Secret? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var buffer = [UInt8](repeating: 0, count: 4096)
    let count = read(fd, &buffer, buffer.count)
    guard count >= 0 else { return nil }
    let end = buffer[..<count].firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) ?? count
    let secret = Secret(bytes: Array(buffer[..<end]))
    buffer.withUnsafeMutableBytes { bilan_crypt_wipe($0.baseAddress, $0.count) }
    return secret
  }

  /// The first line of a file's bytes (a passphrase file ends with a line end or not).
  public static func firstLine(of data: Data) -> Secret {
    var bytes = [UInt8](data)
    let end = bytes.firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) ?? bytes.count
    let line = Array(bytes[..<end])
    bytes.withUnsafeMutableBytes { if let base = $0.baseAddress { bilan_crypt_wipe(base, $0.count) } }
    return Secret(bytes: line)
  }
}

/// How hard the passphrase is to guess at: Argon2id's passes and memory, written in the key block so
/// that a journal made today opens whatever the defaults become.
public struct KeyCost: Sendable, Equatable {
  public var passes: UInt32
  public var memory: UInt64

  /// 48 passes over 16 MiB: about 0.3 s here, and a peak within 16 MiB of a plain command's
  /// (BENCHMARKS.md); the same passes × memory as 32 over 24 MiB, which peaked 20 MiB over.
  public static let standard = KeyCost(passes: 48, memory: 16 << 20)
  /// Libsodium's minimum, for the test suite's hundreds of journals only: guessing is cheap.
  public static let testOnly = KeyCost(passes: 1, memory: 8192)

  /// `BILAN_TEST_KDF=1` (the test suite) asks for the cheapest cost.
  public static func from(environment: [String: String]) -> KeyCost {
    environment["BILAN_TEST_KDF"] == "1" ? .testOnly : .standard
  }
}

/// A hold on a data key in the shim's registry: the key stays in locked memory while one is kept (a
/// journal open, a shell session), and is wiped after the last goes.
public final class KeyHold: @unchecked Sendable {
  let handle: UnsafeMutableRawPointer

  init(_ handle: UnsafeMutableRawPointer) { self.handle = handle }

  deinit { bilan_crypt_release(handle) }
}

/// The C shim's functions, for the journal's paths.
public enum JournalCipher {
  static let reserve = Int32(BILAN_CRYPT_RESERVE)

  /// Registers the shim as SQLite's default VFS: done before any journal opens, plain or not.
  static let installed: Bool = bilan_crypt_install() == 0

  static func isEncrypted(_ path: String) -> Bool {
    _ = installed
    return bilan_crypt_probe(path) == 1
  }

  /// The key this process already has for `path`, when the file there is sealed with it (the shell
  /// after `restore` of a copy with the same key): no passphrase needed.
  static func hold(_ path: String) -> KeyHold? {
    _ = installed
    return bilan_crypt_hold(path).map(KeyHold.init)
  }

  /// A plain file now stands at `path`: a key held for an older file there no longer applies.
  static func forget(_ path: String) {
    _ = installed
    bilan_crypt_forget(path)
  }

  static func unlock(_ path: String, _ secret: Secret) throws -> KeyHold {
    _ = installed
    var handle: UnsafeMutableRawPointer?
    let code = secret.bytes.withUnsafeBufferPointer { bilan_crypt_unlock(path, $0.baseAddress, $0.count, &handle) }
    return try held(code, handle, path)
  }

  static func create(_ path: String, _ secret: Secret, pageSize: Int, cost: KeyCost) throws -> KeyHold {
    _ = installed
    var handle: UnsafeMutableRawPointer?
    let code = secret.bytes.withUnsafeBufferPointer {
      bilan_crypt_create(path, $0.baseAddress, $0.count, UInt32(pageSize), cost.passes, cost.memory, &handle)
    }
    return try held(code, handle, path)
  }

  /// The same key for a new file at `path` (a backup, a converted journal): sealed alike, opened with
  /// the same passphrase.
  static func share(_ key: KeyHold, to path: String) throws -> KeyHold {
    var handle: UnsafeMutableRawPointer?
    return try held(bilan_crypt_share(key.handle, path, &handle), handle, path)
  }

  /// Whether `path` is a folder in memory (tmpfs or ramfs), never written to a disk.
  public static func isInMemory(_ path: String) -> Bool { bilan_crypt_in_memory(path) == 1 }

  /// The key block a new file sealed with `key` starts with.
  static func block(_ key: KeyHold) -> Data {
    var bytes = [UInt8](repeating: 0, count: Int(BILAN_CRYPT_BLOCK))
    bilan_crypt_block(key.handle, &bytes)
    return Data(bytes)
  }

  static func rekey(_ key: KeyHold, _ path: String, _ secret: Secret, cost: KeyCost) throws {
    let code = secret.bytes.withUnsafeBufferPointer {
      bilan_crypt_rekey(key.handle, path, $0.baseAddress, $0.count, cost.passes, cost.memory)
    }
    try check(code, path)
  }

  static func cost(_ path: String) -> (cost: KeyCost, pageSize: Int)? {
    var passes: UInt32 = 0
    var memory: UInt64 = 0
    var page: UInt32 = 0
    guard bilan_crypt_parameters(path, &passes, &memory, &page) == Int32(BILAN_CRYPT_OK) else { return nil }
    return (KeyCost(passes: passes, memory: memory), Int(page))
  }

  /// The page that last failed its check in the files sealed with `key`, if one did.
  static func failure(_ key: KeyHold) -> (file: SealedFile, page: Int)? {
    var where_: Int32 = 0
    var page: UInt32 = 0
    guard bilan_crypt_failure(key.handle, &where_, &page) == 1 else { return nil }
    let file: SealedFile =
      where_ == Int32(BILAN_CRYPT_IN_WAL) ? .wal : where_ == Int32(BILAN_CRYPT_IN_JOURNAL) ? .rollback : .main
    return (file, Int(page))
  }

  static func setReserve(_ connection: OpaquePointer?, _ bytes: Int32) {
    _ = bilan_crypt_reserve(connection, bytes)
  }

  private static func held(_ code: Int32, _ handle: UnsafeMutableRawPointer?, _ path: String) throws -> KeyHold {
    try check(code, path)
    guard let handle else { throw JournalError.damagedKey(path) }
    return KeyHold(handle)
  }

  private static func check(_ code: Int32, _ path: String) throws {
    switch Int(code) {
    case Int(BILAN_CRYPT_OK): return
    case Int(BILAN_CRYPT_WRONG_PASSPHRASE): throw JournalError.wrongPassphrase(path)
    case Int(BILAN_CRYPT_NOT_ENCRYPTED):
      throw JournalError.notAJournal(
        path, LocalizedText(fr: "ce n'est pas un journal chiffré", en: "it is not an encrypted journal"))
    case Int(BILAN_CRYPT_NEWER): throw JournalError.newerSchema(path)
    case Int(BILAN_CRYPT_IO): throw JournalError.unreadable(path)
    case Int(BILAN_CRYPT_NOT_HELD): throw JournalError.encrypted(path)
    default: throw JournalError.damagedKey(path)
    }
  }
}

/// Which of a journal's files a page that failed its check was in.
public enum SealedFile: String, Sendable, Equatable {
  case main, wal, rollback

  /// The file's name beside the journal's.
  func path(_ journal: String) -> String {
    switch self {
    case .main: journal
    case .wal: journal + "-wal"
    case .rollback: journal + "-journal"
    }
  }
}
