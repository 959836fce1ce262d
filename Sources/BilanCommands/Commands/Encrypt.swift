import ArgumentParser
import BilanCore
import Foundation

/// `encrypt`: the journal sealed page by page, its passphrase chosen now.
struct Encrypt: BilanCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "encrypt", abstract: HelpMessage.encrypt.local, discussion: HelpMessage.encryptMore.local)
  }
  @Flag(help: ArgumentHelp(HelpMessage.encryptKeyring.local)) var keyring = false
  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    let path = context.journalPath
    // Opened first, so that a missing journal or another file is named as everywhere, and brought up
    // to date; then let go: the conversion needs the journal alone.
    if try context.journal().isEncrypted {
      throw BilanError(JournalError.alreadyEncrypted(path).message(context.language))
    }
    let secret = try context.newPassphrase(for: path)
    context.closeJournal()
    let done: (entries: Int, key: KeyHold?)
    do {
      done = try Journal.encrypt(path, with: secret, cost: KeyCost.from(environment: context.environment))
    } catch let error as JournalError {
      throw BilanError(error.message(context.language))
    }
    context.keepKey(done.key)
    // The history may hold text typed for this journal: only the commands' names stay.
    Files.keepCommandNames(Paths.history(context.environment))
    let cost = KeyCost.from(environment: context.environment)
    context.out(
      context.say(
        CryptMessage.encrypted(path, entries: done.entries, passes: cost.passes, mebibytes: cost.memory >> 20)))
    if keyring {
      try Keyring.store(context.fullPath(path), secret, context)
      context.out(context.say(CryptMessage.keyringStored))
    }
  }
}

/// `decrypt`: the journal written back in the clear, after a confirmation.
struct Decrypt: BilanCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(commandName: "decrypt", abstract: HelpMessage.decrypt.local)
  }
  @Flag(help: ArgumentHelp(HelpMessage.sharedNoConfirmation.local)) var yes = false
  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    let path = context.journalPath
    // Only the key is kept: the journal itself (its lock) must go before the conversion.
    guard let key = try context.journal().key else {
      throw BilanError(JournalError.notEncrypted(path).message(context.language))
    }
    guard try context.confirm(context.say(CryptMessage.decryptQuestion(path)), yes: yes) else { return }
    context.closeJournal()
    let entries: Int
    do {
      entries = try Journal.decrypt(path, key: key)
    } catch let error as JournalError {
      throw BilanError(error.message(context.language))
    }
    context.keepKey(nil)
    context.out(context.say(CryptMessage.decrypted(path, entries: entries)))
  }
}

/// `passphrase`: the data key wrapped anew; the pages are not rewritten.
struct PassphraseCommand: BilanCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "passphrase", abstract: HelpMessage.passphrase.local,
      discussion: HelpMessage.passphraseMore.local)
  }
  @Option(help: ArgumentHelp(HelpMessage.passphraseNewFile.local, valueName: "file")) var newPassphraseFile: String?
  @Flag(help: ArgumentHelp(HelpMessage.encryptKeyring.local)) var keyring = false
  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    let path = context.journalPath
    let journal = try context.journal()
    guard journal.isEncrypted else { throw BilanError(JournalError.notEncrypted(path).message(context.language)) }
    // In a script the new passphrase has a file of its own: the passphrase file opened the journal.
    let secret = try context.newPassphrase(for: path, file: newPassphraseFile, changing: true)
    do {
      try journal.changePassphrase(to: secret, cost: KeyCost.from(environment: context.environment))
    } catch let error as JournalError {
      throw BilanError(error.message(context.language))
    }
    context.out(context.say(CryptMessage.changed(path)))
    if keyring {
      try Keyring.store(context.fullPath(path), secret, context)
      context.out(context.say(CryptMessage.keyringStored))
    }
  }
}
