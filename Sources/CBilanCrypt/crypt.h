// What keys.c and vfs.c share: the key registry and the key block's layout.
#ifndef BILAN_CRYPT_INTERNAL_H
#define BILAN_CRYPT_INTERNAL_H

#include <sqlite3.h>

#include "bilan_crypt.h"

#define BC_MAGIC "bilan encrypted\n"
#define BC_MAGIC_SIZE 16
#define BC_VERSION 1
/// Bytes 0-47 of the key block never change: magic, version, page size, reserve, key id.
#define BC_FIXED 48
#define BC_SLOT_SIZE 256
#define BC_SLOT_A 512
#define BC_SLOT_B 1024
#define BC_KEY 32

/// A data key held for one journal path (and so for its WAL and rollback journal).
typedef struct bc_key {
  struct bc_key *next;
  char *path;
  /// Holds taken from Swift, and files open with this key: freed when both are 0.
  int holds;
  int files;
  /// sodium_malloc'd: the data key, then the WAL checksum mask key.
  uint8_t *secret;
  uint8_t key_id[16];
  uint32_t page_size;
  /// What the shim writes at the start of a new file sealed with this key.
  uint8_t block[BILAN_CRYPT_BLOCK];
  int fail_where;
  uint32_t fail_page;
} bc_key;

/// The unix VFS the shim wraps.
extern sqlite3_vfs *bc_base;

/// The key held for a full path (as SQLite passes it to xOpen), with one more open file on it; NULL
/// when none is held.
bc_key *bc_key_for_file(const char *full_path);
void bc_key_close_file(bc_key *key);
/// Notes a page that failed its check, for bilan_crypt_failure.
void bc_key_failed(bc_key *key, int where, uint32_t page);

#endif
