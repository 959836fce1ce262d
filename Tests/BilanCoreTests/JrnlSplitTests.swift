import Foundation
import Testing

@testable import BilanCore

/// `splitTitle` and `tags(in:)` walk only as far as they need. The straightforward versions below
/// (every scalar of the text in an array) are what they were first written as; both must agree on
/// any text.
@Suite struct JrnlSplitTests {
  enum Reference {
    static func splitTitle(_ text: String) -> (String, String) {
      let scalars = Array(text.unicodeScalars)
      // Where each scalar starts in the text: the parts are cut from the text, not rebuilt scalar by scalar.
      var starts = [text.unicodeScalars.startIndex]
      starts.reserveCapacity(scalars.count + 1)
      var position = text.unicodeScalars.startIndex
      for _ in scalars {
        position = text.unicodeScalars.index(after: position)
        starts.append(position)
      }
      let stripped = scalars.drop { JrnlJournal.isSpace($0) }
      var cut: Int?
      if let newline = stripped.firstIndex(of: "\n") {
        cut = newline - stripped.startIndex + 1
      } else {
        var i = 0
        while i < scalars.count, cut == nil {
          if JrnlJournal.cjk.contains(scalars[i]) {
            cut = i + 1
          } else if JrnlJournal.terminals.contains(scalars[i]) {
            var j = i + 1
            if j < scalars.count, JrnlJournal.quotes.contains(scalars[j]) { j += 1 }
            while j < scalars.count, scalars[j] == "]" || scalars[j] == ")" { j += 1 }
            var k = j
            while k < scalars.count, JrnlJournal.isSpace(scalars[k]) { k += 1 }
            if k > j { cut = k }
          }
          i += 1
        }
      }
      func clean(_ range: Range<Int>) -> String {
        var (low, high) = (range.lowerBound, range.upperBound)
        while low < high, JrnlJournal.isSpace(scalars[low]) { low += 1 }
        while high > low, JrnlJournal.isSpace(scalars[high - 1]) { high -= 1 }
        return String(text.unicodeScalars[starts[low]..<starts[high]])
      }
      guard let cut, cut <= scalars.count else { return (clean(0..<scalars.count), "") }
      return (clean(0..<cut), clean(cut..<scalars.count))
    }

    static func tags(in text: String) -> [String] {
      var tags: [String] = []
      let scalars = Array(text.unicodeScalars)
      var i = 0
      while i < scalars.count {
        if scalars[i] == "#" || scalars[i] == "@", i == 0 || JrnlJournal.isSpace(scalars[i - 1]) {
          var j = i + 1
          while j < scalars.count,
            scalars[j].properties.isAlphabetic || scalars[j].properties.numericType != nil
              || "-+*#/_".unicodeScalars.contains(scalars[j])
          {
            j += 1
          }
          if j > i + 1 {
            var tag = String.UnicodeScalarView()
            tag.append(contentsOf: scalars[i..<j])
            let name = String(tag).lowercased()
            if !tags.contains(name) { tags.append(name) }
          }
          i = j
        } else {
          i += 1
        }
      }
      return tags.sorted()
    }
  }

  static let alphabet: [String] = [
    " ", " ", "\n", "\n", "\r\n", "\t", "\u{00A0}", "\u{3000}", ".", "!", "?", "\u{2026}", "'", "\"", "\u{201D}",
    "]", ")", "\u{3002}", "\u{FF01}", "#", "#", "@", "-", "_", "/", "*", "+", "a", "B", "é", "Ü", "7", "\u{0663}",
    "日", "\u{0301}", "😀", "ab", "Word", ",",
  ]

  @Test func the_walks_agree_with_the_straightforward_versions() {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<20_000 {
      let length = Int.random(in: 0...24, using: &generator)
      let text = (0..<length).map { _ in Self.alphabet.randomElement(using: &generator)! }.joined()
      let split = JrnlJournal.splitTitle(text)
      let expected = Reference.splitTitle(text)
      #expect(split == expected, "\(text.debugDescription)")
      #expect(JrnlJournal.tags(in: text) == Reference.tags(in: text), "\(text.debugDescription)")
    }
  }
}
