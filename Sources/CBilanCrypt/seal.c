// Sealing and opening the pages of each kind of file the shim passes through: the main file, the WAL,
// the rollback journal, and temporary files. vfs.c calls these from SQLite's io methods; the layouts
// are in ENCRYPTION.md.
#include <sodium.h>
#include <stdlib.h>
#include <string.h>

#include "crypt.h"

int bc_real_read(bc_file *f, void *out, int n, sqlite3_int64 at) {
  return f->real->pMethods->xRead(f->real, out, n, at);
}
int bc_real_write(bc_file *f, const void *in, int n, sqlite3_int64 at) {
  return f->real->pMethods->xWrite(f->real, in, n, at);
}
sqlite3_int64 bc_real_size(bc_file *f) {
  sqlite3_int64 size = 0;
  if (f->real->pMethods->xFileSize(f->real, &size) != SQLITE_OK) return -1;
  return size;
}

static void put32(uint8_t *p, uint32_t v) {
  for (int i = 0; i < 4; i++) p[i] = (uint8_t)(v >> (8 * i));
}
static uint32_t get32be(const uint8_t *p) {
  return ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | p[3];
}

static int failed(bc_file *f, int where, uint32_t page) {
  bc_key_failed(f->key, where, page);
  return SQLITE_IOERR_DATA;
}

// ---- sealing one page image of P bytes

/// Seals `plain` into `out` (both P bytes; may be the same buffer).
static void seal(bc_file *f, uint8_t *out, const uint8_t *plain, const uint8_t *ad, size_t adlen) {
  size_t body = (size_t)f->page - R;
  uint8_t *nonce = out + body, *tag = out + body + NONCE;
  uint8_t fresh[NONCE];
  randombytes_buf(fresh, NONCE);
  crypto_aead_xchacha20poly1305_ietf_encrypt_detached(out, tag, NULL, plain, body, ad, adlen, NULL, fresh,
                                                      f->key->secret);
  memcpy(nonce, fresh, NONCE);
}

/// Opens a sealed image in place; on failure the image is zeroed (nothing unauthenticated leaves).
static int open_sealed(bc_file *f, uint8_t *image, const uint8_t *ad, size_t adlen) {
  size_t body = (size_t)f->page - R;
  if (crypto_aead_xchacha20poly1305_ietf_decrypt_detached(image, NULL, image, body, image + body + NONCE, ad, adlen,
                                                          image + body, f->key->secret) != 0) {
    memset(image, 0, (size_t)f->page);
    return 0;
  }
  memset(image + body, 0, R);
  return 1;
}

static void page_ad(uint8_t ad[5], char kind, uint32_t page) {
  ad[0] = (uint8_t)kind;
  put32(ad + 1, page);
}

// ---- main file

/// Reads and opens page `number` into `out`. A page wholly past the end reads as zeros (SQLite asks
/// for such pages while a file grows); one that the end cuts is a damaged file.
static int main_page(bc_file *f, uint8_t *out, uint32_t number) {
  sqlite3_int64 at = H + (sqlite3_int64)(number - 1) * f->page;
  int rc = bc_real_read(f, out, (int)f->page, at);
  if (rc == SQLITE_IOERR_SHORT_READ) {
    sqlite3_int64 size = bc_real_size(f);
    if (size >= 0 && size <= at) return SQLITE_IOERR_SHORT_READ;
    return failed(f, BILAN_CRYPT_IN_MAIN, number);
  }
  if (rc != SQLITE_OK) return rc;
  uint8_t ad[5];
  page_ad(ad, 'D', number);
  return open_sealed(f, out, ad, sizeof ad) ? SQLITE_OK : failed(f, BILAN_CRYPT_IN_MAIN, number);
}

int bc_main_read(bc_file *f, uint8_t *out, int n, sqlite3_int64 off) {
  sqlite3_int64 P = f->page;
  if (n == P && off % P == 0) return main_page(f, out, (uint32_t)(off / P + 1));
  // Part of a page (SQLite reads the first 100 bytes of page 1 on its own): the whole page is opened.
  int result = SQLITE_OK;
  while (n > 0) {
    uint32_t number = (uint32_t)(off / P + 1);
    int within = (int)(off % P), take = (int)(P - within < n ? P - within : n);
    int rc = main_page(f, f->buf, number);
    if (rc == SQLITE_IOERR_SHORT_READ) {
      memset(out, 0, (size_t)n);
      return SQLITE_IOERR_SHORT_READ;
    }
    if (rc != SQLITE_OK) return rc;
    memcpy(out, f->buf + within, (size_t)take);
    out += take;
    n -= take;
    off += take;
  }
  return result;
}

/// Page 1 must say the page size and reserve the key block was made for, or its pages cannot be sealed.
static int page_one_fits(bc_file *f, const uint8_t *plain) {
  uint32_t size = ((uint32_t)plain[16] << 8) | plain[17];
  if (size == 1) size = 65536;
  return size == f->page && plain[20] == R;
}

static int main_write_page(bc_file *f, const uint8_t *plain, uint32_t number) {
  if (number == 1 && !page_one_fits(f, plain)) {
    sqlite3_log(SQLITE_IOERR_WRITE, "bilan-crypt: page 1 does not reserve %d bytes of %lld", R, f->page);
    return SQLITE_IOERR_WRITE;
  }
  uint8_t ad[5];
  page_ad(ad, 'D', number);
  seal(f, f->buf, plain, ad, sizeof ad);
  return bc_real_write(f, f->buf, (int)f->page, H + (sqlite3_int64)(number - 1) * f->page);
}

int bc_main_write(bc_file *f, const uint8_t *in, int n, sqlite3_int64 off) {
  sqlite3_int64 P = f->page;
  if (n == P && off % P == 0) return main_write_page(f, in, (uint32_t)(off / P + 1));
  // Part of a page: read, patch, seal again.
  uint8_t *page = sodium_malloc((size_t)P);
  if (!page) return SQLITE_NOMEM;
  int rc = SQLITE_OK;
  while (n > 0 && rc == SQLITE_OK) {
    uint32_t number = (uint32_t)(off / P + 1);
    int within = (int)(off % P), take = (int)(P - within < n ? P - within : n);
    rc = main_page(f, page, number);
    if (rc == SQLITE_IOERR_SHORT_READ) rc = SQLITE_OK;  // a new page: zeros
    if (rc != SQLITE_OK) break;
    memcpy(page + within, in, (size_t)take);
    rc = main_write_page(f, page, number);
    in += take;
    n -= take;
    off += take;
  }
  sodium_free(page);
  return rc;
}

// ---- WAL

static sqlite3_int64 frame_size(bc_file *f) { return FRAME_HEADER + f->page; }

/// The 8 bytes that hide a frame header's checksum: a key stream of the mask key and the page's nonce.
static void checksum_mask(bc_file *f, const uint8_t *nonce, uint8_t mask[8]) {
  crypto_stream_xchacha20(mask, 8, nonce, f->key->secret + 32);
}

static void frame_ad(uint8_t ad[1 + FRAME_HEADER], const uint8_t *header) {
  ad[0] = 'W';
  memcpy(ad + 1, header, FRAME_HEADER);
}

/// What reading a frame found: opened, past the end of the file, or failing its check (cut short or
/// changed).
enum { FRAME_OPEN, FRAME_PAST_END, FRAME_BAD };

/// Reads frame `index` (header then page) into f->buf and opens it; `*found` says what it found.
static int read_frame(bc_file *f, sqlite3_int64 index, int *found) {
  sqlite3_int64 at = WAL_HEADER + index * frame_size(f);
  int rc = bc_real_read(f, f->buf, (int)frame_size(f), at);
  if (rc == SQLITE_IOERR_SHORT_READ) {
    sqlite3_int64 size = bc_real_size(f);
    if (size < 0) return SQLITE_IOERR_FSTAT;
    *found = size <= at ? FRAME_PAST_END : FRAME_BAD;
    return SQLITE_OK;
  }
  if (rc != SQLITE_OK) return rc;
  uint8_t *page = f->buf + FRAME_HEADER, mask[8], ad[1 + FRAME_HEADER];
  checksum_mask(f, page + f->page - R, mask);
  for (int i = 0; i < 8; i++) f->buf[16 + i] ^= mask[i];
  frame_ad(ad, f->buf);
  *found = open_sealed(f, page, ad, sizeof ad) ? FRAME_OPEN : FRAME_BAD;
  return SQLITE_OK;
}

/// Reads frame `index` into f->buf, opened. SQLITE_IOERR_SHORT_READ past the end; a frame that fails
/// its check is named.
static int wal_frame(bc_file *f, sqlite3_int64 index) {
  int found, rc = read_frame(f, index, &found);
  if (rc != SQLITE_OK) return rc;
  if (found == FRAME_PAST_END) return SQLITE_IOERR_SHORT_READ;
  return found == FRAME_OPEN ? SQLITE_OK : failed(f, BILAN_CRYPT_IN_WAL, get32be(f->buf));
}

/// True when the transaction of the frame at `index` was synced: a commit of this WAL (its salts, a
/// database size) opens after it, and then a frame of a later transaction. With synchronous = FULL,
/// SQLite syncs the WAL at each commit before the next transaction writes, so that frame failing its
/// check held committed lines. A commit with nothing after it may be the unsynced last transaction,
/// whose frames a power cut can leave in any order: torn, not changed.
static int committed_after(bc_file *f, sqlite3_int64 index, int *rc) {
  uint8_t salts[8];
  *rc = bc_real_read(f, salts, 8, 16);
  if (*rc != SQLITE_OK) return 0;
  int committed = 0;
  for (sqlite3_int64 later = index + 1;; later++) {
    int found;
    *rc = read_frame(f, later, &found);
    if (*rc != SQLITE_OK || found == FRAME_PAST_END) return 0;
    if (found != FRAME_OPEN || memcmp(f->buf + 8, salts, 8) != 0) continue;
    if (committed) return 1;
    committed = get32be(f->buf + 4) != 0;
  }
}

/// Writes one whole frame: `header` as SQLite made it, `plain` its page.
static int wal_write_frame(bc_file *f, sqlite3_int64 index, const uint8_t *header, const uint8_t *plain) {
  uint8_t ad[1 + FRAME_HEADER], mask[8];
  frame_ad(ad, header);
  uint8_t *page = f->buf + FRAME_HEADER;
  seal(f, page, plain, ad, sizeof ad);
  memcpy(f->buf, header, FRAME_HEADER);
  checksum_mask(f, page + f->page - R, mask);
  for (int i = 0; i < 8; i++) f->buf[16 + i] ^= mask[i];
  return bc_real_write(f, f->buf, (int)frame_size(f), WAL_HEADER + index * frame_size(f));
}

/// A header written alone (SQLite rewrites checksums at commit): its page is opened and sealed again
/// under the new header.
int bc_wal_flush(bc_file *f) {
  if (!f->pending) return SQLITE_OK;
  f->pending = 0;
  sqlite3_int64 index = (f->pending_at - WAL_HEADER) / frame_size(f);
  int rc = wal_frame(f, index);
  if (rc != SQLITE_OK) return rc == SQLITE_IOERR_SHORT_READ ? SQLITE_IOERR_WRITE : rc;
  uint8_t *plain = sodium_malloc((size_t)f->page);
  if (!plain) return SQLITE_NOMEM;
  memcpy(plain, f->buf + FRAME_HEADER, (size_t)f->page);
  rc = wal_write_frame(f, index, f->pending_header, plain);
  sodium_free(plain);
  return rc;
}

int bc_wal_write(bc_file *f, const uint8_t *in, int n, sqlite3_int64 off) {
  sqlite3_int64 F = frame_size(f);
  if (off + n <= WAL_HEADER) {
    int rc = bc_wal_flush(f);
    return rc == SQLITE_OK ? bc_real_write(f, in, n, off) : rc;
  }
  if (off < WAL_HEADER) return SQLITE_IOERR_WRITE;
  sqlite3_int64 index = (off - WAL_HEADER) / F, within = (off - WAL_HEADER) % F;
  if (n == FRAME_HEADER && within == 0) {
    int rc = f->pending && f->pending_at != off ? bc_wal_flush(f) : SQLITE_OK;
    if (rc != SQLITE_OK) return rc;
    memcpy(f->pending_header, in, FRAME_HEADER);
    f->pending_at = off;
    f->pending = 1;
    return SQLITE_OK;
  }
  if (n == F && within == 0) {
    int rc = bc_wal_flush(f);
    return rc == SQLITE_OK ? wal_write_frame(f, index, in, in + FRAME_HEADER) : rc;
  }
  if (n == f->page && within == FRAME_HEADER) {
    uint8_t header[FRAME_HEADER];
    if (f->pending && f->pending_at == off - FRAME_HEADER) {
      memcpy(header, f->pending_header, FRAME_HEADER);
      f->pending = 0;
    } else {
      // A page of this transaction written again in place: its header is the one on disk.
      int rc = bc_wal_flush(f);
      if (rc == SQLITE_OK) rc = wal_frame(f, index);
      if (rc != SQLITE_OK) return rc == SQLITE_IOERR_SHORT_READ ? SQLITE_IOERR_WRITE : rc;
      memcpy(header, f->buf, FRAME_HEADER);
    }
    return wal_write_frame(f, index, header, in);
  }
  sqlite3_log(SQLITE_IOERR_WRITE, "bilan-crypt: a WAL write of %d bytes at %lld", n, off);
  return SQLITE_IOERR_WRITE;
}

int bc_wal_read(bc_file *f, uint8_t *out, int n, sqlite3_int64 off) {
  int rc = bc_wal_flush(f);
  if (rc != SQLITE_OK) return rc;
  if (off < WAL_HEADER) {
    int take = (int)(WAL_HEADER - off < n ? WAL_HEADER - off : n);
    rc = bc_real_read(f, out, take, off);
    if (rc != SQLITE_OK || take == n) return rc;
    out += take;
    n -= take;
    off += take;
  }
  sqlite3_int64 F = frame_size(f);
  while (n > 0) {
    sqlite3_int64 index = (off - WAL_HEADER) / F, within = (off - WAL_HEADER) % F;
    int take = (int)(F - within < n ? F - within : n);
    int found;
    rc = read_frame(f, index, &found);
    if (rc != SQLITE_OK) return rc;
    if (found == FRAME_PAST_END) {
      memset(out, 0, (size_t)n);
      return SQLITE_IOERR_SHORT_READ;
    }
    if (found == FRAME_BAD) {
      // Only recovery reads whole frames; a frame SQLite already counts (its page read alone, or its
      // checksum) that fails now was changed under it.
      if (within != 0 || take != F) return failed(f, BILAN_CRYPT_IN_WAL, get32be(f->buf));
      // A power cut tears only frames SQLite has not synced yet, so not yet committed: unless a later
      // transaction shows its own was synced, the frame reads as zeros, which SQLite's own frame
      // check refuses, and the log ends there as a plain journal's would.
      uint32_t number = get32be(f->buf);
      if (committed_after(f, index, &rc)) return failed(f, BILAN_CRYPT_IN_WAL, number);
      if (rc != SQLITE_OK) return rc;
      memset(f->buf, 0, (size_t)frame_size(f));
    }
    memcpy(out, f->buf + within, (size_t)take);
    out += take;
    n -= take;
    off += take;
  }
  return SQLITE_OK;
}

// ---- rollback journal: a record is the page number (4 bytes), the page image, a checksum (4 bytes)

/// The page number SQLite wrote just before an image at `off`.
static int journal_page_number(bc_file *f, sqlite3_int64 off, uint8_t ad[5]) {
  uint8_t number[4];
  int rc = bc_real_read(f, number, 4, off - 4);
  if (rc != SQLITE_OK) return rc == SQLITE_IOERR_SHORT_READ ? SQLITE_IOERR_READ : rc;
  page_ad(ad, 'J', get32be(number));
  return SQLITE_OK;
}

int bc_journal_write(bc_file *f, const uint8_t *in, int n, sqlite3_int64 off) {
  // Headers are one sector (512 bytes: see xSectorSize), never a page: only images are this size.
  if (n != f->page || off < 4) return bc_real_write(f, in, n, off);
  uint8_t ad[5];
  int rc = journal_page_number(f, off, ad);
  if (rc != SQLITE_OK) return rc;
  seal(f, f->buf, in, ad, sizeof ad);
  return bc_real_write(f, f->buf, n, off);
}

int bc_journal_read(bc_file *f, uint8_t *out, int n, sqlite3_int64 off) {
  int rc = bc_real_read(f, out, n, off);
  if (rc != SQLITE_OK || n != f->page || off < 4) return rc;
  uint8_t ad[5];
  rc = journal_page_number(f, off, ad);
  if (rc != SQLITE_OK) return rc;
  uint32_t number = ad[1] | (uint32_t)ad[2] << 8 | (uint32_t)ad[3] << 16 | (uint32_t)ad[4] << 24;
  return open_sealed(f, out, ad, sizeof ad) ? SQLITE_OK : failed(f, BILAN_CRYPT_IN_JOURNAL, number);
}

// ---- temporary files: any size at any offset, so a key stream (they are never read after a crash)

void bc_temp_stream(bc_file *f, uint8_t *data, int n, sqlite3_int64 off) {
  uint8_t stream[4096];
  while (n > 0) {
    int skip = (int)(off % 64);
    int take = (int)sizeof stream - skip < n ? (int)sizeof stream - skip : n;
    memset(stream, 0, (size_t)(skip + take));
    crypto_stream_xchacha20_xor_ic(stream, stream, (unsigned long long)(skip + take), f->temp_nonce,
                                   (uint64_t)(off / 64), f->temp_key);
    for (int i = 0; i < take; i++) data[i] ^= stream[skip + i];
    data += take;
    n -= take;
    off += take;
  }
  sodium_memzero(stream, sizeof stream);
}

int bc_temp_write(bc_file *f, const uint8_t *in, int n, sqlite3_int64 off) {
  uint8_t *copy = malloc((size_t)n);
  if (!copy) return SQLITE_NOMEM;
  memcpy(copy, in, (size_t)n);
  bc_temp_stream(f, copy, n, off);
  int rc = bc_real_write(f, copy, n, off);
  free(copy);
  return rc;
}
