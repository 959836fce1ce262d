import BilanCore
import BilanTestSupport
import Foundation

/// The passphrase of every journal a core test opens in the suite's encrypted run.
private let testPassphrase = "the suite's encrypted run"

/// A journal for a core test. Under `BILAN_TEST_ENCRYPTED=1` a new one is encrypted (the cheapest key
/// derivation) and an existing one opened with the same passphrase, so the journal-level tests run on
/// encrypted journals too; otherwise it is `Journal(path:)` itself.
func openJournal(path: String, forWriting: Bool = true, language: Language = .en) throws -> Journal {
  guard testsEncrypted else { return try Journal(path: path, forWriting: forWriting, language: language) }
  let secret = { Secret(bytes: Array(testPassphrase.utf8)) }
  return try Journal(
    path: path, forWriting: forWriting, language: language, passphrase: secret, newKey: (secret(), .testOnly))
}
