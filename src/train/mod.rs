//! Training and account reviews: grading a trainee's chart against an answer key
//! ([`grade`]), the exercise pack built into the binary ([`exercise`]), what changed
//! between two versions of a map ([`diff`]), and starter spreadsheets ([`init`]).

pub mod exercise;
pub mod grade;
pub mod grade_out;
pub mod init;
pub mod names;
