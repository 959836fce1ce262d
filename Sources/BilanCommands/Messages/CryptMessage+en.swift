extension CryptMessage {
  var en: String {
    switch self {
    case .passphrasePrompt(let path): "Passphrase for \(path):"
    case .newPassphrasePrompt(let path): "New passphrase for \(path):"
    case .repeatPrompt: "The same again:"
    case .forgetWarning:
      "Choose it well and keep it safe: a forgotten passphrase cannot be recovered, by bilan or anyone, and the journal is then lost."
    case .mismatch: "the two passphrases differ; nothing was changed."
    case .empty: "an empty passphrase protects nothing; nothing was changed."
    case .notPrivate(let path, let mode):
      "\(path) can be read by others (mode \(mode)): make it private with 'chmod 600 \(path)'; nothing was changed."
    case .unreadable(let path): "\(path): no such file, or it cannot be read; nothing was changed."
    case .noTerminal:
      "no terminal to type a new passphrase at: give it in a file only you can read (0600), with --passphrase-file FILE for 'encrypt', --new-passphrase-file FILE for 'passphrase'."
    case .keyringMissing:
      "BILAN_KEYRING asks the desktop keyring, but secret-tool is not installed (Debian: libsecret-tools); nothing was changed."
    case .keyringFailed(let status): "secret-tool failed (status \(status)); the passphrase is not in the keyring."
    case .keyringStored: "The passphrase is in the desktop keyring (secret-tool)."
    case .encrypted(let path, let entries, let passes, let mebibytes):
      "\(path) is encrypted: \(entries) \(entries == 1 ? "entry" : "entries"), its key derived by Argon2id (\(passes) passes over \(mebibytes) MiB). Backups made before it stay in the clear."
    case .decryptQuestion(let path):
      "Write \(path) in the clear? Anyone who can read the file will read the journal."
    case .decrypted(let path, let entries):
      "\(path) is no longer encrypted (\(entries) \(entries == 1 ? "entry" : "entries")): anyone who can read the file can read it."
    case .changed(let path):
      "\(path): passphrase changed. Backups made before still open with the old one."
    case .plainOutput(let what):
      "note: \(what) is not encrypted: exports and published pages are plain text, whatever the journal."
    }
  }
}
