//! Format detection and `nomina_lists::parse_bytes` on arbitrary bytes (gzip included):
//! the path every file a user gives takes.
//! Property: never panics; detection agrees with the parse (no format, no snapshot); a
//! valid snapshot or an error naming the file.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nomina_fuzz::{check_error, check_snapshot, file};

fuzz_target!(|data: &[u8]| {
    let format = nomina_lists::detect(data);
    let result = nomina_lists::parse_bytes("list", data.to_vec());
    match &result {
        Ok(s) => {
            check_snapshot(s);
            // Plain bytes parse only in the format detected; gzip is detected after
            // decompression, which `detect` on the raw bytes does not do.
            if !data.starts_with(&[0x1f, 0x8b]) {
                let format = format.expect("a snapshot from bytes no format was detected in");
                assert_eq!(s.version.format, format.as_str(), "format recorded");
            }
        }
        // Positions refer to the bytes after decompression: check against those.
        Err(e) => match nomina_lists::InputFile::from_bytes("list".to_string(), data.to_vec()) {
            Ok(f) => check_error(e, &[&f]),
            Err(_) => check_error(e, &[&file("list", data)]),
        },
    }
});
