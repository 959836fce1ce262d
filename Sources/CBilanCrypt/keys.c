// The key block at the start of an encrypted journal, and the data keys this process holds.
//
// The data key is random and never changes; each of two slots wraps it with a key derived from the
// passphrase (Argon2id, a random salt), so a new passphrase rewrites one slot, never the pages, and a
// slot torn by a crash leaves the other one whole. ENCRYPTION.md has the byte layout.
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sodium.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "crypt.h"

static pthread_mutex_t registry_lock = PTHREAD_MUTEX_INITIALIZER;
static bc_key *registry = NULL;

// ---- little-endian fields

static void put32(uint8_t *p, uint32_t v) {
  for (int i = 0; i < 4; i++) p[i] = (uint8_t)(v >> (8 * i));
}
static void put64(uint8_t *p, uint64_t v) {
  for (int i = 0; i < 8; i++) p[i] = (uint8_t)(v >> (8 * i));
}
static uint32_t get32(const uint8_t *p) {
  uint32_t v = 0;
  for (int i = 0; i < 4; i++) v |= (uint32_t)p[i] << (8 * i);
  return v;
}
static uint64_t get64(const uint8_t *p) {
  uint64_t v = 0;
  for (int i = 0; i < 8; i++) v |= (uint64_t)p[i] << (8 * i);
  return v;
}

// ---- slots: magic "slot", version, generation, kdf, opslimit, memlimit, salt, nonce, wrapped key, hash

enum {
  S_GENERATION = 8, S_KDF = 16, S_OPS = 20, S_MEM = 24, S_SALT = 32, S_NONCE = 48, S_WRAPPED = 72,
  S_HASHED = 120, S_HASH = 120,
};
#define KDF_ARGON2ID13 1
/// Parameters beyond these are a damaged or hostile header, not a journal to spend an hour on.
#define MAX_OPS 1000
#define MAX_MEM (UINT64_C(2) << 30)

typedef struct {
  int index;
  uint64_t generation;
  uint32_t ops;
  uint64_t mem;
} slot_info;

static uint8_t *slot_at(uint8_t *block, int index) { return block + (index == 0 ? BC_SLOT_A : BC_SLOT_B); }

/// A slot whose hash holds and whose fields this bilan knows: torn or wiped slots are not.
static int slot_valid(const uint8_t *block, int index, slot_info *info) {
  const uint8_t *s = block + (index == 0 ? BC_SLOT_A : BC_SLOT_B);
  uint8_t hash[32];
  crypto_generichash(hash, sizeof hash, s, S_HASHED, NULL, 0);
  if (sodium_memcmp(hash, s + S_HASH, sizeof hash) != 0) return 0;
  if (memcmp(s, "slot", 4) != 0 || get32(s + 4) != BC_VERSION || get32(s + S_KDF) != KDF_ARGON2ID13) return 0;
  uint32_t ops = get32(s + S_OPS);
  uint64_t mem = get64(s + S_MEM);
  if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > MAX_OPS || mem < crypto_pwhash_MEMLIMIT_MIN || mem > MAX_MEM) return 0;
  info->index = index;
  info->generation = get64(s + S_GENERATION);
  info->ops = ops;
  info->mem = mem;
  return 1;
}

/// The additional data of a wrapped key: the block's fixed part and the slot's parameters.
static void slot_ad(const uint8_t *block, const uint8_t *slot, uint8_t ad[BC_FIXED + S_WRAPPED]) {
  memcpy(ad, block, BC_FIXED);
  memcpy(ad + BC_FIXED, slot, S_WRAPPED);
}

static int derive(uint8_t kek[BC_KEY], const uint8_t *pass, size_t n, const uint8_t *salt, uint32_t ops,
                  uint64_t mem) {
  return crypto_pwhash(kek, BC_KEY, (const char *)pass, n, salt, ops, (size_t)mem, crypto_pwhash_ALG_ARGON2ID13) == 0
           ? BILAN_CRYPT_OK
           : BILAN_CRYPT_NO_MEMORY;
}

/// Writes into `block` a slot wrapping `data_key` with the passphrase.
static int slot_write(uint8_t *block, int index, uint64_t generation, const uint8_t *data_key, const uint8_t *pass,
                      size_t n, uint32_t ops, uint64_t mem) {
  uint8_t *s = slot_at(block, index);
  memset(s, 0, BC_SLOT_SIZE);
  memcpy(s, "slot", 4);
  put32(s + 4, BC_VERSION);
  put64(s + S_GENERATION, generation);
  put32(s + S_KDF, KDF_ARGON2ID13);
  put32(s + S_OPS, ops);
  put64(s + S_MEM, mem);
  randombytes_buf(s + S_SALT, 16);
  randombytes_buf(s + S_NONCE, 24);
  uint8_t kek[BC_KEY];
  int rc = derive(kek, pass, n, s + S_SALT, ops, mem);
  if (rc != BILAN_CRYPT_OK) return rc;
  uint8_t ad[BC_FIXED + S_WRAPPED];
  slot_ad(block, s, ad);
  crypto_aead_xchacha20poly1305_ietf_encrypt(s + S_WRAPPED, NULL, data_key, BC_KEY, ad, sizeof ad, NULL,
                                             s + S_NONCE, kek);
  sodium_memzero(kek, sizeof kek);
  crypto_generichash(s + S_HASH, 32, s, S_HASHED, NULL, 0);
  return BILAN_CRYPT_OK;
}

/// Opens the key wrapped in a slot, or fails as a wrong passphrase does.
static int slot_open(const uint8_t *block, const slot_info *info, const uint8_t *pass, size_t n, uint8_t *data_key) {
  const uint8_t *s = block + (info->index == 0 ? BC_SLOT_A : BC_SLOT_B);
  uint8_t kek[BC_KEY];
  int rc = derive(kek, pass, n, s + S_SALT, info->ops, info->mem);
  if (rc != BILAN_CRYPT_OK) return rc;
  uint8_t ad[BC_FIXED + S_WRAPPED];
  slot_ad(block, s, ad);
  int bad = crypto_aead_xchacha20poly1305_ietf_decrypt(data_key, NULL, NULL, s + S_WRAPPED, BC_KEY + 16, ad,
                                                       sizeof ad, s + S_NONCE, kek);
  sodium_memzero(kek, sizeof kek);
  return bad ? BILAN_CRYPT_WRONG_PASSPHRASE : BILAN_CRYPT_OK;
}

/// The valid slots, newest first.
static int valid_slots(const uint8_t *block, slot_info out[2]) {
  int count = 0;
  for (int i = 0; i < 2; i++)
    if (slot_valid(block, i, &out[count])) count++;
  if (count == 2 && out[1].generation > out[0].generation) {
    slot_info t = out[0];
    out[0] = out[1];
    out[1] = t;
  }
  return count;
}

// ---- paths and files

/// The path as SQLite names it to the VFS: the same function makes both.
static char *full_path(const char *path) {
  bilan_crypt_install();
  char *out = malloc((size_t)bc_base->mxPathname + 1);
  if (!out) return NULL;
  if (bc_base->xFullPathname(bc_base, path, bc_base->mxPathname + 1, out) != SQLITE_OK) {
    free(out);
    return NULL;
  }
  return out;
}

/// Reads the key block; BILAN_CRYPT_NOT_ENCRYPTED when the file does not start with it.
static int read_block(const char *path, uint8_t block[BILAN_CRYPT_BLOCK]) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return BILAN_CRYPT_IO;
  ssize_t got = pread(fd, block, BILAN_CRYPT_BLOCK, 0);
  int saved = errno;
  close(fd);
  errno = saved;
  if (got < 0) return BILAN_CRYPT_IO;
  if (got < BC_MAGIC_SIZE || memcmp(block, BC_MAGIC, BC_MAGIC_SIZE) != 0) return BILAN_CRYPT_NOT_ENCRYPTED;
  if (got < BILAN_CRYPT_BLOCK) return BILAN_CRYPT_DAMAGED;
  if (get32(block + 16) > BC_VERSION) return BILAN_CRYPT_NEWER;
  if (get32(block + 16) != BC_VERSION) return BILAN_CRYPT_DAMAGED;
  return BILAN_CRYPT_OK;
}

/// The mask key for WAL checksums is derived from the data key, so that it needs no slot of its own.
static void derive_subkeys(uint8_t *secret, uint8_t key_id[16]) {
  static const char mask[] = "bilan wal checksum mask";
  static const char id[] = "bilan key id";
  crypto_generichash(secret + BC_KEY, BC_KEY, (const uint8_t *)mask, sizeof mask - 1, secret, BC_KEY);
  crypto_generichash(key_id, 16, (const uint8_t *)id, sizeof id - 1, secret, BC_KEY);
}

// ---- the registry (callers hold registry_lock)

static bc_key *find(const char *full) {
  for (bc_key *k = registry; k; k = k->next)
    if (strcmp(k->path, full) == 0) return k;
  return NULL;
}

static void detach(bc_key *key) {
  for (bc_key **p = &registry; *p; p = &(*p)->next) {
    if (*p == key) {
      *p = key->next;
      break;
    }
  }
  key->next = NULL;
}

static void drop_if_unused(bc_key *key) {
  if (key->holds > 0 || key->files > 0) return;
  detach(key);
  sodium_free(key->secret);
  sodium_memzero(key->block, sizeof key->block);
  free(key->path);
  free(key);
}

/// A new held key for `full` (taking the string), or NULL when memory runs out.
static bc_key *add(char *full, const uint8_t *data_key, const uint8_t *block) {
  bc_key *key = calloc(1, sizeof *key);
  uint8_t *secret = sodium_malloc(2 * BC_KEY);
  if (!key || !secret) {
    free(key);
    if (secret) sodium_free(secret);
    return NULL;
  }
  memcpy(secret, data_key, BC_KEY);
  derive_subkeys(secret, key->key_id);
  key->secret = secret;
  key->path = full;
  key->holds = 1;
  memcpy(key->block, block, BILAN_CRYPT_BLOCK);
  key->page_size = get32(block + 20);
  key->next = registry;
  registry = key;
  return key;
}

/// Holds a key for `full` (taking the string): one more hold when the same key is held there already;
/// else a new entry, the old one taken out of the registry (its holders keep it until they let go).
static int hold_new(char *full, const uint8_t *data_key, const uint8_t *block, void **handle) {
  pthread_mutex_lock(&registry_lock);
  bc_key *old = find(full);
  if (old && memcmp(old->key_id, block + 32, 16) == 0) {
    old->holds++;
    memcpy(old->block, block, BILAN_CRYPT_BLOCK);
    pthread_mutex_unlock(&registry_lock);
    free(full);
    *handle = old;
    return BILAN_CRYPT_OK;
  }
  if (old && old->files > 0) {
    // Another key is in use on this path: a file is not replaced under an open connection.
    pthread_mutex_unlock(&registry_lock);
    free(full);
    return BILAN_CRYPT_IO;
  }
  if (old) {
    detach(old);
    drop_if_unused(old);
  }
  bc_key *key = add(full, data_key, block);
  pthread_mutex_unlock(&registry_lock);
  if (!key) {
    free(full);
    return BILAN_CRYPT_NO_MEMORY;
  }
  *handle = key;
  return BILAN_CRYPT_OK;
}

bc_key *bc_key_for_file(const char *full) {
  if (!full) return NULL;
  pthread_mutex_lock(&registry_lock);
  bc_key *key = find(full);
  if (key) key->files++;
  pthread_mutex_unlock(&registry_lock);
  return key;
}

void bc_key_close_file(bc_key *key) {
  pthread_mutex_lock(&registry_lock);
  key->files--;
  drop_if_unused(key);
  pthread_mutex_unlock(&registry_lock);
}

void bc_key_failed(bc_key *key, int where, uint32_t page) {
  pthread_mutex_lock(&registry_lock);
  key->fail_where = where;
  key->fail_page = page;
  pthread_mutex_unlock(&registry_lock);
}

// ---- the public functions

int bilan_crypt_probe(const char *path) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return -1;
  uint8_t head[BC_MAGIC_SIZE];
  ssize_t got = pread(fd, head, sizeof head, 0);
  close(fd);
  if (got < 0) return -1;
  return got == BC_MAGIC_SIZE && memcmp(head, BC_MAGIC, BC_MAGIC_SIZE) == 0;
}

void *bilan_crypt_hold(const char *path) {
  char *full = full_path(path);
  if (!full) return NULL;
  uint8_t block[BILAN_CRYPT_BLOCK];
  int rc = read_block(path, block);
  pthread_mutex_lock(&registry_lock);
  bc_key *key = find(full);
  void *handle = NULL;
  if (rc == BILAN_CRYPT_OK && key && memcmp(block + 32, key->key_id, 16) == 0) {
    key->holds++;
    handle = key;
  }
  pthread_mutex_unlock(&registry_lock);
  free(full);
  return handle;
}

int bilan_crypt_unlock(const char *path, const uint8_t *pass, size_t n, void **handle) {
  uint8_t block[BILAN_CRYPT_BLOCK];
  int rc = read_block(path, block);
  if (rc != BILAN_CRYPT_OK) return rc;
  slot_info slots[2];
  int count = valid_slots(block, slots);
  if (count == 0) return BILAN_CRYPT_DAMAGED;
  uint8_t *data_key = sodium_malloc(BC_KEY);
  if (!data_key) return BILAN_CRYPT_NO_MEMORY;
  rc = BILAN_CRYPT_WRONG_PASSPHRASE;
  for (int i = 0; i < count && rc == BILAN_CRYPT_WRONG_PASSPHRASE; i++) rc = slot_open(block, &slots[i], pass, n, data_key);
  if (rc == BILAN_CRYPT_OK) {
    uint8_t secret[2 * BC_KEY], key_id[16];
    memcpy(secret, data_key, BC_KEY);
    derive_subkeys(secret, key_id);
    sodium_memzero(secret, sizeof secret);
    // A slot that opens but names another key: the fixed part was altered.
    if (sodium_memcmp(key_id, block + 32, 16) != 0) rc = BILAN_CRYPT_DAMAGED;
  }
  if (rc == BILAN_CRYPT_OK) {
    char *full = full_path(path);
    rc = full ? hold_new(full, data_key, block, handle) : BILAN_CRYPT_NO_MEMORY;
  }
  sodium_free(data_key);
  return rc;
}

int bilan_crypt_create(const char *path, const uint8_t *pass, size_t n, uint32_t page_size, uint32_t ops,
                       uint64_t mem, void **handle) {
  if (page_size < 1024 || page_size > 65536 || (page_size & (page_size - 1)) != 0) return BILAN_CRYPT_DAMAGED;
  uint8_t block[BILAN_CRYPT_BLOCK] = {0};
  uint8_t *data_key = sodium_malloc(2 * BC_KEY);
  if (!data_key) return BILAN_CRYPT_NO_MEMORY;
  randombytes_buf(data_key, BC_KEY);
  memcpy(block, BC_MAGIC, BC_MAGIC_SIZE);
  put32(block + 16, BC_VERSION);
  put32(block + 20, page_size);
  put32(block + 24, BILAN_CRYPT_RESERVE);
  derive_subkeys(data_key, block + 32);
  int rc = slot_write(block, 0, 1, data_key, pass, n, ops, mem);
  if (rc == BILAN_CRYPT_OK) {
    char *full = full_path(path);
    rc = full ? hold_new(full, data_key, block, handle) : BILAN_CRYPT_NO_MEMORY;
  }
  sodium_free(data_key);
  sodium_memzero(block, sizeof block);
  return rc;
}

int bilan_crypt_share(void *from, const char *to, void **handle) {
  char *full = full_path(to);
  uint8_t *data_key = sodium_malloc(BC_KEY);
  if (!full || !data_key) {
    free(full);
    if (data_key) sodium_free(data_key);
    return BILAN_CRYPT_NO_MEMORY;
  }
  uint8_t block[BILAN_CRYPT_BLOCK];
  bc_key *key = from;
  pthread_mutex_lock(&registry_lock);
  memcpy(data_key, key->secret, BC_KEY);
  memcpy(block, key->block, sizeof block);
  pthread_mutex_unlock(&registry_lock);
  int rc = hold_new(full, data_key, block, handle);
  sodium_free(data_key);
  sodium_memzero(block, sizeof block);
  return rc;
}

int bilan_crypt_rekey(void *handle, const char *path, const uint8_t *pass, size_t n, uint32_t ops, uint64_t mem) {
  uint8_t block[BILAN_CRYPT_BLOCK];
  int rc = read_block(path, block);
  uint8_t *data_key = sodium_malloc(BC_KEY);
  if (!data_key) rc = BILAN_CRYPT_NO_MEMORY;
  bc_key *key = handle;
  pthread_mutex_lock(&registry_lock);
  if (rc == BILAN_CRYPT_OK && (memcmp(block + 32, key->key_id, 16) != 0)) rc = BILAN_CRYPT_NOT_HELD;
  if (rc == BILAN_CRYPT_OK) memcpy(data_key, key->secret, BC_KEY);
  pthread_mutex_unlock(&registry_lock);
  slot_info slots[2];
  int count = rc == BILAN_CRYPT_OK ? valid_slots(block, slots) : 0;
  if (rc == BILAN_CRYPT_OK && count == 0) rc = BILAN_CRYPT_DAMAGED;
  if (rc == BILAN_CRYPT_OK) {
    // The new slot goes where the newest is not; the newest is wiped only once the new one is on disk.
    int newest = slots[0].index, target = 1 - newest;
    rc = slot_write(block, target, slots[0].generation + 1, data_key, pass, n, ops, mem);
    int fd = rc == BILAN_CRYPT_OK ? open(path, O_WRONLY | O_CLOEXEC) : -1;
    if (rc == BILAN_CRYPT_OK && fd < 0) rc = BILAN_CRYPT_IO;
    if (rc == BILAN_CRYPT_OK) {
      uint8_t *slot = slot_at(block, target);
      off_t at = target == 0 ? BC_SLOT_A : BC_SLOT_B;
      if (pwrite(fd, slot, BC_SLOT_SIZE, at) != BC_SLOT_SIZE || fdatasync(fd) != 0) rc = BILAN_CRYPT_IO;
    }
    if (rc == BILAN_CRYPT_OK) {
      uint8_t *old = slot_at(block, newest);
      sodium_memzero(old, BC_SLOT_SIZE);
      off_t at = newest == 0 ? BC_SLOT_A : BC_SLOT_B;
      if (pwrite(fd, old, BC_SLOT_SIZE, at) != BC_SLOT_SIZE || fdatasync(fd) != 0) rc = BILAN_CRYPT_IO;
    }
    if (fd >= 0) close(fd);
    if (rc == BILAN_CRYPT_OK) {
      pthread_mutex_lock(&registry_lock);
      memcpy(key->block, block, sizeof block);
      pthread_mutex_unlock(&registry_lock);
    }
  }
  if (data_key) sodium_free(data_key);
  return rc;
}

void bilan_crypt_release(void *handle) {
  bc_key *key = handle;
  pthread_mutex_lock(&registry_lock);
  if (key->holds > 0) key->holds--;
  drop_if_unused(key);
  pthread_mutex_unlock(&registry_lock);
}

void bilan_crypt_forget(const char *path) {
  char *full = full_path(path);
  if (!full) return;
  pthread_mutex_lock(&registry_lock);
  bc_key *key = find(full);
  if (key && key->files == 0) {
    detach(key);
    drop_if_unused(key);
  }
  pthread_mutex_unlock(&registry_lock);
  free(full);
}

int bilan_crypt_parameters(const char *path, uint32_t *ops, uint64_t *mem, uint32_t *page_size) {
  uint8_t block[BILAN_CRYPT_BLOCK];
  int rc = read_block(path, block);
  if (rc != BILAN_CRYPT_OK) return rc;
  slot_info slots[2];
  if (valid_slots(block, slots) == 0) return BILAN_CRYPT_DAMAGED;
  *ops = slots[0].ops;
  *mem = slots[0].mem;
  *page_size = get32(block + 20);
  return BILAN_CRYPT_OK;
}

int bilan_crypt_failure(void *handle, int *where, uint32_t *page) {
  bc_key *key = handle;
  int found = 0;
  pthread_mutex_lock(&registry_lock);
  if (key->fail_where) {
    *where = key->fail_where;
    *page = key->fail_page;
    key->fail_where = 0;
    found = 1;
  }
  pthread_mutex_unlock(&registry_lock);
  return found;
}

int bilan_crypt_reserve(struct sqlite3 *db, int bytes) {
  return sqlite3_file_control(db, "main", SQLITE_FCNTL_RESERVE_BYTES, &bytes);
}

void bilan_crypt_wipe(void *bytes, size_t length) { sodium_memzero(bytes, length); }
