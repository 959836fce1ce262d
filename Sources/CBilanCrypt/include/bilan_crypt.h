// bilan's encrypted journals: a VFS shim over the system SQLite that seals every page of a journal
// (its main file, its WAL and its rollback journal) with XChaCha20-Poly1305, and the key block that
// holds the data key wrapped by a passphrase (Argon2id). ENCRYPTION.md describes the format.
#ifndef BILAN_CRYPT_H
#define BILAN_CRYPT_H

#include <stddef.h>
#include <stdint.h>

// The connection of bilan_crypt_reserve; sqlite3.h is left to GRDB on the Swift side.
struct sqlite3;

enum {
  BILAN_CRYPT_OK = 0,
  /// The file does not start with the key block: it is not an encrypted journal.
  BILAN_CRYPT_NOT_ENCRYPTED = 1,
  /// Neither valid slot opens with this passphrase.
  BILAN_CRYPT_WRONG_PASSPHRASE = 2,
  /// The key block is cut short or no slot in it is whole.
  BILAN_CRYPT_DAMAGED = 3,
  /// The file cannot be read or written (errno says why).
  BILAN_CRYPT_IO = 4,
  /// A format version this bilan does not know.
  BILAN_CRYPT_NEWER = 5,
  BILAN_CRYPT_NO_MEMORY = 6,
  /// No key is held for this path, or the file there holds another key.
  BILAN_CRYPT_NOT_HELD = 7,
};

/// Where a sealed page failed its check.
enum { BILAN_CRYPT_IN_MAIN = 1, BILAN_CRYPT_IN_WAL = 2, BILAN_CRYPT_IN_JOURNAL = 3 };

/// Bytes before the first page of an encrypted main file: the key block.
#define BILAN_CRYPT_BLOCK 4096
/// Bytes SQLite leaves unused at the end of every page: the nonce (24) and the tag (16).
#define BILAN_CRYPT_RESERVE 40

/// Registers the shim as SQLite's default VFS (once; later calls do nothing). Files whose path holds
/// no key go straight to the unix VFS, except temporary files, which are always sealed.
int bilan_crypt_install(void);

/// 1 when the file at `path` starts with the key block's magic, 0 when not, -1 when it cannot be read.
int bilan_crypt_probe(const char *path);

// A hold is an opaque handle on a data key: the key stays in memory (locked, kept out of core dumps)
// while a hold or an open file needs it, and is wiped after.

/// One more hold on the key this process already has for `path`, when the file there is sealed with
/// that key: no passphrase, no key derivation. NULL otherwise.
void *bilan_crypt_hold(const char *path);

/// Derives the key-encryption key from the passphrase, opens the data key and holds it for `path`.
/// Only reads the file.
int bilan_crypt_unlock(const char *path, const uint8_t *passphrase, size_t length, void **hold);

/// Holds a new random data key for `path`, wrapped with the passphrase (Argon2id with `opslimit`
/// passes over `memlimit` bytes). The file must be empty or absent: the shim writes the key block
/// when SQLite first opens it.
int bilan_crypt_create(
  const char *path, const uint8_t *passphrase, size_t length, uint32_t page_size, uint32_t opslimit,
  uint64_t memlimit, void **hold);

/// Holds for `to` (an empty or absent file) the data key and key block of `from`: a copy sealed with
/// the same key and opened with the same passphrase.
int bilan_crypt_share(void *from, const char *to, void **hold);

/// 1 when `path` is on a file system in memory (tmpfs or ramfs): where an encrypted journal's text may
/// be handed to an editor.
int bilan_crypt_in_memory(const char *path);

/// The key block of `hold` (BILAN_CRYPT_BLOCK bytes), as it is written at the start of the main file.
void bilan_crypt_block(void *hold, uint8_t *out);

/// Wraps the data key of `hold` with a new passphrase in the file at `path`: written to the slot not
/// in use, synced, then the old slot is wiped and synced. The pages are not rewritten.
int bilan_crypt_rekey(
  void *hold, const char *path, const uint8_t *passphrase, size_t length, uint32_t opslimit, uint64_t memlimit);

/// Lets go of a hold.
void bilan_crypt_release(void *hold);

/// The key held for `path` no longer applies to the file there (it was replaced by a plain one); its
/// holders keep it until they let go. Nothing while a file is open with it.
void bilan_crypt_forget(const char *path);

/// The key derivation's parameters and the page size written in the file's newest whole slot.
int bilan_crypt_parameters(const char *path, uint32_t *opslimit, uint64_t *memlimit, uint32_t *page_size);

/// The last page that failed its check in files sealed with this key (where: BILAN_CRYPT_IN_*),
/// cleared on reading; 0 when none did.
int bilan_crypt_failure(void *hold, int *where, uint32_t *page);

/// Sets the reserved bytes for a connection's main database before its first table (a new file) or
/// its next VACUUM: BILAN_CRYPT_RESERVE to encrypt, 0 to go back to plain.
int bilan_crypt_reserve(struct sqlite3 *db, int bytes);

/// Zeroes memory in a way the compiler keeps (for passphrases held by Swift).
void bilan_crypt_wipe(void *bytes, size_t length);

#endif
