//! Training and account reviews: grading a trainee's chart against an answer key
//! ([`grade`]), the exercise pack built into the binary ([`exercise`]), what changed
//! between two versions of a map ([`diff`]), and starter spreadsheets ([`init`]).

pub mod diff;
pub mod diff_out;
pub mod exercise;
pub mod grade;
mod grade_attr;
pub mod grade_out;
mod grade_ties;
pub mod init;
pub mod names;
