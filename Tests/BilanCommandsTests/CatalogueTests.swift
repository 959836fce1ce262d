import BilanCore
import Foundation
import Testing

@testable import BilanCommands

/// Every message of every catalogue, in every language: there, filled, and in that language.
@Suite struct CatalogueTests {
  /// Words that give a sentence away as English or as French (the samples' values are neutral: X, 1).
  static let english = [" the ", " is ", " and ", " not ", " with ", " from ", " no ", " of "]
  static let french = [" le ", " la ", " les ", " est ", " et ", " pas ", " une ", " du ", "é", "è", "à "]

  @Test func every_message_has_its_words_in_every_language() {
    for catalogue in Catalogues.all {
      for message in catalogue.samples {
        // Search's operators (OR, NOT) are typed as they are in every language: they are not words.
        func words(_ text: String) -> String {
          " "
            + text.replacingOccurrences(of: " NOT ", with: " ").replacingOccurrences(of: " OR ", with: " ")
            .lowercased() + " "
        }
        let (fr, en) = (words(message.fr), words(message.en))
        #expect(!message.fr.isEmpty && !message.en.isEmpty, "\(message)")
        let placeholder = #/\{[a-z_]+\}/#
        #expect(
          !fr.contains(placeholder) && !en.contains(placeholder), "\(message): a placeholder left unfilled")
        #expect(!Self.english.contains { fr.contains($0) }, "\(message) reads English in French: \(message.fr)")
        #expect(!Self.french.contains { en.contains($0) }, "\(message) reads French in English: \(message.en)")
      }
    }
  }

  @Test func every_case_of_a_catalogue_has_one_sample() throws {
    // The cases as the catalogue's file declares them (`  case name…`), against the cases sampled: a new
    // message without a sample would escape the test above.
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Sources/BilanCommands/Messages").standardizedFileURL
    for catalogue in Catalogues.all {
      let source = try String(contentsOf: folder.appendingPathComponent("\(catalogue).swift"), encoding: .utf8)
      let declared = source.split(separator: "\n").filter { $0.hasPrefix("  case ") }.flatMap { line in
        // Associated values are dropped first: `case copy(file: String, of: Int64)` is one case.
        line.dropFirst(7).replacingOccurrences(of: #"\([^)]*\)"#, with: "", options: .regularExpression)
          .split(separator: ",").compactMap { part -> String? in
            let name = part.trimmingCharacters(in: .whitespaces).prefix { $0.isLetter || $0.isNumber }
            return name.isEmpty ? nil : String(name)
          }
      }
      let sampled = catalogue.samples.map { String("\($0)".prefix { $0 != "(" }) }
      #expect(Set(sampled).count == sampled.count, "\(catalogue): a case sampled twice")
      #expect(Set(sampled) == Set(declared), "\(catalogue): \(Set(declared).symmetricDifference(sampled))")
    }
  }
}
