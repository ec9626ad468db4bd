//! EU Financial Sanctions Files CSV reader on arbitrary bytes.
//! Property: never panics; a valid snapshot or an error pointing into the file.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nomina_fuzz::{check, file};

fuzz_target!(|data: &[u8]| {
    let f = file("fsf.csv", data);
    let result = nomina_lists::eu_csv::parse(&f);
    check(&result, &[&f]);
});
