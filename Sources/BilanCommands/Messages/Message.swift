import BilanCore

/// A message bilan writes, in every language it speaks. Each area's messages are one enum (a case a
/// message, its values as associated values); each language's words for them are one file
/// (`ImportMessage+fr.swift`), so that a language is added one file per area, and a message without its
/// words in some language does not compile.
protocol Message: Sendable {
  var fr: String { get }
  var en: String { get }
}

extension Message {
  func text(_ language: Language) -> String { language == .fr ? fr : en }
}

/// A catalogue: one area's messages, with a sample of each case for the tests that read them all.
protocol MessageCatalogue: Message {
  static var samples: [Self] { get }
}

/// Every catalogue, for the completeness test.
enum Catalogues {
  static var all: [any MessageCatalogue.Type] {
    [
      HelpMessage.self, UsageMessage.self,
      ImportMessage.self, PublishMessage.self, SafetyMessage.self, InterviewMessage.self, JrnlMessage.self,
      ShellMessage.self, EntryMessage.self, AssessMessage.self, RatingMessage.self, SkillMessage.self,
      ProjectMessage.self, TagMessage.self, PromptMessage.self, FrameworkMessage.self, ReviewMessage.self,
      CryptMessage.self,
    ]
  }
}

extension Context {
  /// A catalogue's message in the user's language.
  func say(_ message: some Message) -> String { message.text(language) }
}

/// The language of words said where no context reaches: swift-argument-parser's `--help` and usage
/// errors, and the `validate()` it runs while parsing. `Dispatch` binds it around a run (the shell's
/// language, else `--lang`, `BILAN_LANG`, the config and the locale, as a context does). A task-local,
/// not a global: tests run many commands at once in one process, each in its own language.
enum ParsingLanguage {
  @TaskLocal static var current = Language.en
}

extension Message {
  /// The message in `ParsingLanguage.current`: for help and validation, read while parsing.
  var local: String { text(ParsingLanguage.current) }
}
