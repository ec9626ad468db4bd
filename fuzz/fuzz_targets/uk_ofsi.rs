//! UK OFSI consolidated list CSV reader on arbitrary bytes.
//! Property: never panics; a valid snapshot or an error pointing into the file.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nomina_fuzz::{check, file};

fuzz_target!(|data: &[u8]| {
    let f = file("conlist.csv", data);
    let result = nomina_lists::uk_ofsi::parse(&f);
    check(&result, &[&f]);
});
