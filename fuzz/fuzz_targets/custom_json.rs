//! nomina custom list JSON reader on arbitrary bytes.
//! Property: never panics; a valid snapshot or an error pointing into the file.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nomina_fuzz::{check, file};

fuzz_target!(|data: &[u8]| {
    let f = file("custom.json", data);
    let result = nomina_lists::custom::parse_json(&f);
    check(&result, &[&f]);
});
