import Foundation

/// File names for exported essays, computed by bilan rather than left to the site generator, and
/// shaped as Hugo serves pages: NFC, lower case, accents kept, spaces to `-`, unsafe characters dropped.
public enum Slug {
  /// Hugo fails on names over 255 bytes; a slug stays well below, leaving room for `-2` and `.md`.
  public static let maxBytes = 120

  public static func make(_ text: String, fallback: String = "essai") -> String {
    // ASCII is lowered byte by byte here. Other text below U+0300 (and typographic punctuation) is its
    // own NFC, as no scalar there decomposes or combines: it skips normalisation, the costly part when an
    // export makes one slug per entry. The slug is built as UTF-8 bytes.
    let ascii = text.utf8.allSatisfy { $0 < 0x80 }
    let composed = ascii || text.unicodeScalars.allSatisfy { $0.value < 0x300 || (0x2010...0x2027).contains($0.value) }
    let source = ascii ? text : composed ? text.lowercased() : text.precomposedStringWithCanonicalMapping.lowercased()
    var slug: [UInt8] = []
    slug.reserveCapacity(min(source.utf8.count, maxBytes))
    var lastWasDash = true
    for scalar in source.unicodeScalars {
      if scalar.isASCII {
        var v = UInt8(scalar.value)
        if (0x41...0x5A).contains(v) { v += 0x20 }
        if (0x61...0x7A).contains(v) || (0x30...0x39).contains(v) || v == 0x5F {
          guard slug.count < maxBytes else { break }
          slug.append(v)
          lastWasDash = false
        } else if v == 0x20 || (0x09...0x0D).contains(v) || v == 0x2D || v == 0x2F || v == 0x2E, !lastWasDash {
          guard slug.count < maxBytes else { break }
          slug.append(0x2D)
          lastWasDash = true
        }
        continue
      }
      let p = scalar.properties
      if p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark {
        guard slug.count + scalar.utf8.count <= maxBytes else { break }
        slug.append(contentsOf: scalar.utf8)
        lastWasDash = false
      } else if p.isWhitespace && !lastWasDash {
        guard slug.count < maxBytes else { break }
        slug.append(0x2D)
        lastWasDash = true
      }
      // Everything else (' ’ & % ? ! , # : quotes, controls, emoji) is dropped, as Hugo's urlize does.
    }
    while slug.last == 0x2D { slug.removeLast() }
    return slug.isEmpty ? fallback : String(decoding: slug, as: UTF8.self)
  }

}
