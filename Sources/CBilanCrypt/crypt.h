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

// ---- the key block (block.c)

typedef struct {
  int index;
  uint64_t generation;
  uint32_t ops;
  uint64_t mem;
} slot_info;

void bc_put32(uint8_t *p, uint32_t v);
uint32_t bc_get32(const uint8_t *p);
uint8_t *bc_slot_at(uint8_t *block, int index);
/// The whole slots this bilan can read, newest first; how many.
int bc_valid_slots(const uint8_t *block, slot_info out[2]);
/// Writes into `block` a slot wrapping `data_key` with the passphrase.
int bc_slot_write(uint8_t *block, int index, uint64_t generation, const uint8_t *data_key, const uint8_t *pass,
                  size_t n, uint32_t ops, uint64_t mem);
/// Opens the key wrapped in a slot, or fails as a wrong passphrase does.
int bc_slot_open(const uint8_t *block, const slot_info *info, const uint8_t *pass, size_t n, uint8_t *data_key);
/// Reads the key block; BILAN_CRYPT_NOT_ENCRYPTED when the file does not start with it.
int bc_read_block(const char *path, uint8_t block[BILAN_CRYPT_BLOCK]);
/// The mask key (after the data key in `secret`) and the key id, both derived from the data key.
void bc_derive_subkeys(uint8_t *secret, uint8_t key_id[16]);

// ---- the shim's files (vfs.c opens them, seal.c seals their pages)

enum { KIND_PLAIN, KIND_MAIN, KIND_WAL, KIND_JOURNAL, KIND_TEMP };
#define WAL_HEADER 32
#define FRAME_HEADER 24
#define NONCE 24
#define TAG 16
#define R BILAN_CRYPT_RESERVE
#define H BILAN_CRYPT_BLOCK

typedef struct {
  sqlite3_file base;
  sqlite3_file *real;
  int kind;
  bc_key *key;
  sqlite3_int64 page;
  /// One frame (header and page) of scratch.
  uint8_t *buf;
  /// A WAL frame header SQLite wrote alone: it is written with its page, whose nonce masks it.
  int pending;
  sqlite3_int64 pending_at;
  uint8_t pending_header[FRAME_HEADER];
  uint8_t temp_key[32];
  uint8_t temp_nonce[24];
} bc_file;

#define REAL_OFFSET ((sizeof(bc_file) + 15) & ~(size_t)15)

sqlite3_int64 bc_real_size(bc_file *f);
int bc_real_read(bc_file *f, void *out, int n, sqlite3_int64 at);
int bc_real_write(bc_file *f, const void *in, int n, sqlite3_int64 at);
int bc_main_read(bc_file *f, uint8_t *out, int n, sqlite3_int64 off);
int bc_main_write(bc_file *f, const uint8_t *in, int n, sqlite3_int64 off);
int bc_wal_read(bc_file *f, uint8_t *out, int n, sqlite3_int64 off);
int bc_wal_write(bc_file *f, const uint8_t *in, int n, sqlite3_int64 off);
/// Writes a WAL frame header SQLite wrote alone, sealed with its page again.
int bc_wal_flush(bc_file *f);
int bc_journal_read(bc_file *f, uint8_t *out, int n, sqlite3_int64 off);
int bc_journal_write(bc_file *f, const uint8_t *in, int n, sqlite3_int64 off);
void bc_temp_stream(bc_file *f, uint8_t *data, int n, sqlite3_int64 off);
int bc_temp_write(bc_file *f, const uint8_t *in, int n, sqlite3_int64 off);

#endif
