//! OFAC legacy CSV reader on an arbitrary main file (`sdn.csv`), without companions.
//! Property: never panics; a valid snapshot or an error pointing into the file.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nomina_fuzz::{check, file};
use nomina_lists::ofac_csv::{self, Companions};

fuzz_target!(|data: &[u8]| {
    let f = file("sdn.csv", data);
    let result = ofac_csv::parse(&f, &Companions::default());
    check(&result, &[&f]);
});
