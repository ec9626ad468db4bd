//! The bytes of an index file around its sections: header, fingerprint, checksum,
//! section lengths (see the crate documentation for the layout). The same container holds
//! other files that must be refused when damaged or written by another build (the service's
//! customer index): each kind has its own magic and number of sections.

use crate::IndexError;
use std::io::{Seek, Write};
use std::ops::Range;
use std::path::Path;

/// The first eight bytes of every index file.
pub const MAGIC: &[u8; 8] = b"NOMINAIX";

/// Version of the layout in the crate documentation; files of another version are refused.
pub const FORMAT_VERSION: u32 = 1;

/// Sections of a list index file: manifest, name index, parties, lists.
pub(crate) const SECTIONS: usize = 4;

/// Longest fingerprint text accepted: a bound on what a damaged header can make us read.
const MAX_FINGERPRINT: usize = 1024;

/// Writes the header (`magic`, format version, `fingerprint`, checksum) and `sections` to
/// a temporary file beside `path`, flushes it to disk and renames it over `path`.
pub fn write_atomically<const N: usize>(
    path: &Path,
    magic: &[u8; 8],
    fingerprint: &str,
    sections: &[Vec<u8>; N],
) -> std::io::Result<()> {
    let writers: [Box<SectionFn<'_>>; N] = std::array::from_fn(|i| {
        let bytes = &sections[i];
        Box::new(move |w: &mut dyn Write| w.write_all(bytes)) as Box<SectionFn<'_>>
    });
    write_streamed(path, magic, fingerprint, &writers)
}

/// Writes one section's bytes to the writer it is given; called twice by
/// [`write_streamed`], and must write the same bytes both times.
pub type SectionFn<'a> = dyn Fn(&mut dyn Write) -> std::io::Result<()> + 'a;

/// [`write_atomically`] for sections too large to hold as bytes beside what they encode:
/// each is written by its function straight into the file, once to measure it and once
/// to write it; the checksum is filled in at the end.
pub fn write_streamed<const N: usize>(
    path: &Path,
    magic: &[u8; 8],
    fingerprint: &str,
    sections: &[Box<SectionFn<'_>>; N],
) -> std::io::Result<()> {
    let mut lengths = [0u64; N];
    for (len, write) in lengths.iter_mut().zip(sections) {
        let mut counter = Counter(0);
        write(&mut counter)?;
        *len = counter.0;
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    {
        let mut out = std::io::BufWriter::new(tmp.as_file_mut());
        out.write_all(magic)?;
        out.write_all(&FORMAT_VERSION.to_le_bytes())?;
        out.write_all(&(fingerprint.len() as u32).to_le_bytes())?;
        out.write_all(fingerprint.as_bytes())?;
        let sum_at = (8 + 4 + 4 + fingerprint.len()) as u64;
        out.write_all(&0u64.to_le_bytes())?;
        let mut body = Hashing {
            inner: &mut out,
            hasher: xxhash_rust::xxh3::Xxh3::new(),
            written: 0,
        };
        for (len, write) in lengths.iter().zip(sections) {
            body.write_all(&len.to_le_bytes())?;
            let before = body.written;
            write(&mut body)?;
            if body.written - before != *len {
                return Err(std::io::Error::other(
                    "a section wrote other bytes the second time",
                ));
            }
        }
        let sum = body.hasher.digest();
        out.flush()?;
        let f = out.get_mut();
        f.seek(std::io::SeekFrom::Start(sum_at))?;
        f.write_all(&sum.to_le_bytes())?;
    }
    let f = tmp.as_file_mut();
    f.sync_all()?;
    // Readable by the other processes it is built for (executors, service nodes).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        f.set_permissions(std::fs::Permissions::from_mode(0o644))?;
    }
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Counts what is written to it.
struct Counter(u64);

impl Write for Counter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0 += buf.len() as u64;
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Passes writes on, hashing and counting them.
struct Hashing<'a, W: Write> {
    inner: &'a mut W,
    hasher: xxhash_rust::xxh3::Xxh3,
    written: u64,
}

impl<W: Write> Write for Hashing<'_, W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        self.written += n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// Checks the header of `bytes` (`magic`, format version, `fingerprint`, checksum) and
/// returns the byte ranges of its `N` sections.
pub fn verify<const N: usize>(
    path: &Path,
    bytes: &[u8],
    magic: &[u8; 8],
    fingerprint: &str,
) -> Result<[Range<usize>; N], IndexError> {
    let damaged = |what: &str| IndexError::Damaged {
        path: path.to_path_buf(),
        what: what.to_string(),
    };
    if bytes.len() < 8 || &bytes[..8] != magic {
        return Err(IndexError::NotAnIndex {
            path: path.to_path_buf(),
        });
    }
    let mut r = Reader { bytes, at: 8 };
    let version = r.u32().ok_or_else(|| damaged("truncated header"))?;
    let fp_len = r.u32().ok_or_else(|| damaged("truncated header"))? as usize;
    if fp_len > MAX_FINGERPRINT {
        return Err(damaged("header names no build"));
    }
    let found = r
        .take(fp_len)
        .map(|b| String::from_utf8_lossy(b).into_owned())
        .ok_or_else(|| damaged("truncated header"))?;
    if version != FORMAT_VERSION || found != fingerprint {
        return Err(IndexError::Foreign {
            path: path.to_path_buf(),
            found: format!("format {version}, {found}"),
            expected: format!("format {FORMAT_VERSION}, {fingerprint}"),
        });
    }
    let sum = r.u64().ok_or_else(|| damaged("truncated header"))?;
    let body_start = r.at;
    if xxhash_rust::xxh3::xxh3_64(&bytes[body_start..]) != sum {
        return Err(damaged("checksum mismatch"));
    }
    let mut out: [Range<usize>; N] = std::array::from_fn(|_| 0..0);
    for s in &mut out {
        let len = r.u64().ok_or_else(|| damaged("truncated section table"))?;
        let len = usize::try_from(len).map_err(|_| damaged("section length"))?;
        let start = r.at;
        r.take(len).ok_or_else(|| damaged("truncated section"))?;
        *s = start..start + len;
    }
    if r.at != bytes.len() {
        return Err(damaged("bytes after the last section"));
    }
    Ok(out)
}

/// Reads little-endian integers and slices, never past the end.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let end = self.at.checked_add(n)?;
        let s = self.bytes.get(self.at..end)?;
        self.at = end;
        Some(s)
    }

    fn u32(&mut self) -> Option<u32> {
        self.take(4)
            .map(|b| u32::from_le_bytes(b.try_into().unwrap_or([0; 4])))
    }

    fn u64(&mut self) -> Option<u64> {
        self.take(8)
            .map(|b| u64::from_le_bytes(b.try_into().unwrap_or([0; 8])))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(sections: &[Vec<u8>; SECTIONS]) -> (tempfile::TempDir, std::path::PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("x.idx");
        write_atomically(&p, MAGIC, "fp", sections).unwrap();
        (dir, p)
    }

    #[test]
    fn sections_come_back_as_written() {
        let s = [b"a".to_vec(), Vec::new(), b"ccc".to_vec(), b"dd".to_vec()];
        let (_d, p) = file(&s);
        let bytes = std::fs::read(&p).unwrap();
        let r: [Range<usize>; SECTIONS] = verify(&p, &bytes, MAGIC, "fp").unwrap();
        for (range, want) in r.iter().zip(&s) {
            assert_eq!(&bytes[range.clone()], &want[..]);
        }
    }

    #[test]
    fn every_damage_is_named() {
        let s = [
            b"manifest".to_vec(),
            b"index".to_vec(),
            b"[]".to_vec(),
            b"[]".to_vec(),
        ];
        let (_d, p) = file(&s);
        let good = std::fs::read(&p).unwrap();
        let err = |b: &[u8], fp: &str| {
            verify::<SECTIONS>(&p, b, MAGIC, fp)
                .unwrap_err()
                .to_string()
        };
        assert!(err(b"PK\x03\x04zip", "fp").contains("not a nomina index file"));
        assert!(err(&good, "other build").contains("built by another nomina"));
        let mut flipped = good.clone();
        *flipped.last_mut().unwrap() ^= 1;
        assert!(err(&flipped, "fp").contains("checksum mismatch"));
        for cut in [9, 14, 20, good.len() - 1] {
            let e = err(&good[..cut], "fp");
            assert!(
                e.contains("damaged") || e.contains("another nomina"),
                "{cut}: {e}"
            );
        }
        let mut longer = good.clone();
        longer.push(0);
        assert!(err(&longer, "fp").contains("checksum mismatch"));
    }
}
