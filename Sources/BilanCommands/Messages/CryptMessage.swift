/// What encrypted journals make bilan say: the passphrase asked, chosen or refused, and the three
/// commands that seal, open and re-key a journal.
enum CryptMessage: MessageCatalogue {
  case passphrasePrompt(String)
  case newPassphrasePrompt(String)
  case repeatPrompt
  case forgetWarning
  case mismatch
  case empty
  case notPrivate(String, mode: String)
  case unreadable(String)
  case noTerminal
  case keyringMissing
  case keyringFailed(Int32)
  case keyringStored
  case encrypted(String, entries: Int, passes: UInt32, mebibytes: UInt64)
  case decryptQuestion(String)
  case decrypted(String, entries: Int)
  case changed(String)
  case plainOutput(String)

  static let samples: [CryptMessage] = [
    .passphrasePrompt("X"), .newPassphrasePrompt("X"), .repeatPrompt, .forgetWarning, .mismatch, .empty,
    .notPrivate("X", mode: "644"), .unreadable("X"), .noTerminal, .keyringMissing, .keyringFailed(1), .keyringStored,
    .encrypted("X", entries: 2, passes: 32, mebibytes: 24), .decryptQuestion("X"), .decrypted("X", entries: 2),
    .changed("X"), .plainOutput("X"),
  ]
}
