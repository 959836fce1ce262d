// The key block at the start of an encrypted journal: its fixed part and its two slots, each the data
// key wrapped by a key derived from a passphrase (Argon2id). ENCRYPTION.md has the byte layout.
#include <errno.h>
#include <fcntl.h>
#include <sodium.h>
#include <string.h>
#include <unistd.h>

#include "crypt.h"

// ---- little-endian fields

void bc_put32(uint8_t *p, uint32_t v) {
  for (int i = 0; i < 4; i++) p[i] = (uint8_t)(v >> (8 * i));
}
static void bc_put64(uint8_t *p, uint64_t v) {
  for (int i = 0; i < 8; i++) p[i] = (uint8_t)(v >> (8 * i));
}
uint32_t bc_get32(const uint8_t *p) {
  uint32_t v = 0;
  for (int i = 0; i < 4; i++) v |= (uint32_t)p[i] << (8 * i);
  return v;
}
static uint64_t bc_get64(const uint8_t *p) {
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

uint8_t *bc_slot_at(uint8_t *block, int index) { return block + (index == 0 ? BC_SLOT_A : BC_SLOT_B); }

/// A slot whose hash holds and whose fields this bilan knows: torn or wiped slots are not.
static int bc_slot_valid(const uint8_t *block, int index, slot_info *info) {
  const uint8_t *s = block + (index == 0 ? BC_SLOT_A : BC_SLOT_B);
  uint8_t hash[32];
  crypto_generichash(hash, sizeof hash, s, S_HASHED, NULL, 0);
  if (sodium_memcmp(hash, s + S_HASH, sizeof hash) != 0) return 0;
  if (memcmp(s, "slot", 4) != 0 || bc_get32(s + 4) != BC_VERSION || bc_get32(s + S_KDF) != KDF_ARGON2ID13) return 0;
  uint32_t ops = bc_get32(s + S_OPS);
  uint64_t mem = bc_get64(s + S_MEM);
  if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > MAX_OPS || mem < crypto_pwhash_MEMLIMIT_MIN || mem > MAX_MEM) return 0;
  info->index = index;
  info->generation = bc_get64(s + S_GENERATION);
  info->ops = ops;
  info->mem = mem;
  return 1;
}

/// The additional data of a wrapped key: the block's fixed part and the slot's parameters.
static void bc_slot_ad(const uint8_t *block, const uint8_t *slot, uint8_t ad[BC_FIXED + S_WRAPPED]) {
  memcpy(ad, block, BC_FIXED);
  memcpy(ad + BC_FIXED, slot, S_WRAPPED);
}

static int bc_derive(uint8_t kek[BC_KEY], const uint8_t *pass, size_t n, const uint8_t *salt, uint32_t ops,
                  uint64_t mem) {
  return crypto_pwhash(kek, BC_KEY, (const char *)pass, n, salt, ops, (size_t)mem, crypto_pwhash_ALG_ARGON2ID13) == 0
           ? BILAN_CRYPT_OK
           : BILAN_CRYPT_NO_MEMORY;
}

/// Writes into `block` a slot wrapping `data_key` with the passphrase.
int bc_slot_write(uint8_t *block, int index, uint64_t generation, const uint8_t *data_key, const uint8_t *pass,
                      size_t n, uint32_t ops, uint64_t mem) {
  uint8_t *s = bc_slot_at(block, index);
  memset(s, 0, BC_SLOT_SIZE);
  memcpy(s, "slot", 4);
  bc_put32(s + 4, BC_VERSION);
  bc_put64(s + S_GENERATION, generation);
  bc_put32(s + S_KDF, KDF_ARGON2ID13);
  bc_put32(s + S_OPS, ops);
  bc_put64(s + S_MEM, mem);
  randombytes_buf(s + S_SALT, 16);
  randombytes_buf(s + S_NONCE, 24);
  uint8_t kek[BC_KEY];
  int rc = bc_derive(kek, pass, n, s + S_SALT, ops, mem);
  if (rc != BILAN_CRYPT_OK) return rc;
  uint8_t ad[BC_FIXED + S_WRAPPED];
  bc_slot_ad(block, s, ad);
  crypto_aead_xchacha20poly1305_ietf_encrypt(s + S_WRAPPED, NULL, data_key, BC_KEY, ad, sizeof ad, NULL,
                                             s + S_NONCE, kek);
  sodium_memzero(kek, sizeof kek);
  crypto_generichash(s + S_HASH, 32, s, S_HASHED, NULL, 0);
  return BILAN_CRYPT_OK;
}

/// Opens the key wrapped in a slot, or fails as a wrong passphrase does.
int bc_slot_open(const uint8_t *block, const slot_info *info, const uint8_t *pass, size_t n, uint8_t *data_key) {
  const uint8_t *s = block + (info->index == 0 ? BC_SLOT_A : BC_SLOT_B);
  uint8_t kek[BC_KEY];
  int rc = bc_derive(kek, pass, n, s + S_SALT, info->ops, info->mem);
  if (rc != BILAN_CRYPT_OK) return rc;
  uint8_t ad[BC_FIXED + S_WRAPPED];
  bc_slot_ad(block, s, ad);
  int bad = crypto_aead_xchacha20poly1305_ietf_decrypt(data_key, NULL, NULL, s + S_WRAPPED, BC_KEY + 16, ad,
                                                       sizeof ad, s + S_NONCE, kek);
  sodium_memzero(kek, sizeof kek);
  return bad ? BILAN_CRYPT_WRONG_PASSPHRASE : BILAN_CRYPT_OK;
}

/// The valid slots, newest first.
int bc_valid_slots(const uint8_t *block, slot_info out[2]) {
  int count = 0;
  for (int i = 0; i < 2; i++)
    if (bc_slot_valid(block, i, &out[count])) count++;
  if (count == 2 && out[1].generation > out[0].generation) {
    slot_info t = out[0];
    out[0] = out[1];
    out[1] = t;
  }
  return count;
}

/// Reads the key block; BILAN_CRYPT_NOT_ENCRYPTED when the file does not start with it.
int bc_read_block(const char *path, uint8_t block[BILAN_CRYPT_BLOCK]) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return BILAN_CRYPT_IO;
  ssize_t got = pread(fd, block, BILAN_CRYPT_BLOCK, 0);
  int saved = errno;
  close(fd);
  errno = saved;
  if (got < 0) return BILAN_CRYPT_IO;
  if (got < BC_MAGIC_SIZE || memcmp(block, BC_MAGIC, BC_MAGIC_SIZE) != 0) return BILAN_CRYPT_NOT_ENCRYPTED;
  if (got < BILAN_CRYPT_BLOCK) return BILAN_CRYPT_DAMAGED;
  if (bc_get32(block + 16) > BC_VERSION) return BILAN_CRYPT_NEWER;
  if (bc_get32(block + 16) != BC_VERSION) return BILAN_CRYPT_DAMAGED;
  return BILAN_CRYPT_OK;
}

/// The mask key for WAL checksums is derived from the data key, so that it needs no slot of its own.
void bc_derive_subkeys(uint8_t *secret, uint8_t key_id[16]) {
  static const char mask[] = "bilan wal checksum mask";
  static const char id[] = "bilan key id";
  crypto_generichash(secret + BC_KEY, BC_KEY, (const uint8_t *)mask, sizeof mask - 1, secret, BC_KEY);
  crypto_generichash(key_id, 16, (const uint8_t *)id, sizeof id - 1, secret, BC_KEY);
}
