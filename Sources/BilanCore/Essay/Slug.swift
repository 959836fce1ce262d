import Foundation

/// File names for exported essays, computed by bilan rather than left to the site generator
/// (`docs/front-matter.md`): NFC, lower case, accents kept, spaces to `-`, unsafe characters dropped.
public enum Slug {
  /// Hugo fails on names over 255 bytes; a slug stays well below, leaving room for `-2` and `.md`.
  public static let maxBytes = 120

  public static func make(_ text: String, fallback: String = "essai") -> String {
    var slug = ""
    var lastWasDash = true
    // ASCII needs no normalisation and no Unicode tables: an export of many entries makes one slug each.
    let ascii = text.utf8.allSatisfy { $0 < 0x80 }
    for scalar in (ascii ? text.lowercased() : text.precomposedStringWithCanonicalMapping.lowercased()).unicodeScalars {
      if scalar.isASCII {
        let v = scalar.value
        if (0x61...0x7A).contains(v) || (0x30...0x39).contains(v) || v == 0x5F {
          guard slug.utf8.count < maxBytes else { break }
          slug.unicodeScalars.append(scalar)
          lastWasDash = false
        } else if v == 0x20 || (0x09...0x0D).contains(v) || v == 0x2D || v == 0x2F || v == 0x2E, !lastWasDash {
          guard slug.utf8.count < maxBytes else { break }
          slug += "-"
          lastWasDash = true
        }
        continue
      }
      let p = scalar.properties
      if p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
        || scalar == "_"
      {
        guard slug.utf8.count + scalar.utf8.count <= maxBytes else { break }
        slug.unicodeScalars.append(scalar)
        lastWasDash = false
      } else if (p.isWhitespace || scalar == "-" || scalar == "/" || scalar == ".") && !lastWasDash {
        guard slug.utf8.count < maxBytes else { break }
        slug += "-"
        lastWasDash = true
      }
      // Everything else (' ’ & % ? ! , # : quotes, controls, emoji) is dropped, as Hugo's urlize does.
    }
    while slug.hasSuffix("-") { slug.removeLast() }
    return slug.isEmpty ? fallback : slug
  }
}
