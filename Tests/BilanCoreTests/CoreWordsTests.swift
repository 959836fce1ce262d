import Foundation
import Testing

@testable import BilanCore

/// The core words its errors and notes in both languages, side by side where they are raised
/// (`LocalizedText(fr:en:)`, `pick`/`say(french, english)`): each pair read from the sources, each
/// side in its own language.
@Suite struct CoreWordsTests {
  static let english = [" the ", " is ", " and ", " not ", " with ", " from ", " no ", " of ", " must ", " cannot "]
  static let french = [" le ", " la ", " les ", " est ", " et ", " pas ", " une ", " du ", " doit ", "é", "è", "à "]

  /// Every pair of literals in the core's sources, with its file and line.
  static func pairs() throws -> [(place: String, fr: String, en: String)] {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Sources/BilanCore").standardizedFileURL
    let literal = #"\"((?:[^\"\\]|\\.)*)\""#
    let pattern = try NSRegularExpression(
      pattern: #"(?:fr:\s*|pick\(\s*|say\(\s*)"# + literal + #",\s*(?:en:\s*)?"# + literal)
    var found: [(String, String, String)] = []
    let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)!
    for case let url as URL in files where url.pathExtension == "swift" {
      let text = try String(contentsOf: url, encoding: .utf8)
      let range = NSRange(text.startIndex..., in: text)
      for match in pattern.matches(in: text, range: range) {
        let start = Range(match.range, in: text)!.lowerBound
        let line = text[..<start].filter { $0 == "\n" }.count + 1
        let fr = String(text[Range(match.range(at: 1), in: text)!])
        let en = String(text[Range(match.range(at: 2), in: text)!])
        found.append(("\(url.lastPathComponent):\(line)", fr, en))
      }
    }
    return found
  }

  @Test func every_pair_of_the_core_is_in_its_two_languages() throws {
    let pairs = try Self.pairs()
    // The errors of import, of question sets and of edited essays are among them.
    #expect(pairs.count > 150)
    #expect(pairs.contains { $0.en == "not UTF-8 text" && $0.fr == "ce n'est pas du texte UTF-8" })
    for (place, fr, en) in pairs {
      // Interpolations and quoted names are neither language.
      func words(_ text: String) -> String {
        " " + text.replacing(#/\\\([^)]*\)/#, with: "X").replacing(#/'[^']*'|« [^»]* »/#, with: "X").lowercased() + " "
      }
      let (french, english) = (words(fr), words(en))
      #expect(!Self.english.contains { french.contains($0) }, "\(place): English in French: \(fr)")
      #expect(!Self.french.contains { english.contains($0) }, "\(place): French in English: \(en)")
      #expect(fr != en || fr.allSatisfy { !$0.isLetter } || fr.count < 12, "\(place): not translated: \(fr)")
    }
  }
}
