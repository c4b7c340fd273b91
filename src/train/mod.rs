//! Training and account reviews: grading a trainee's chart against an answer key
//! ([`grade`]), the exercise pack built into the binary ([`exercise`]), what changed
//! between two versions of a map ([`diff`]), and starter spreadsheets ([`init`]).

pub mod class;
pub mod class_out;
pub mod diff;
mod diff_analysis;
pub mod diff_out;
mod diff_units;
pub mod exercise;
pub mod grade;
mod grade_attr;
pub mod grade_out;
mod grade_ties;
mod hanzi;
pub mod init;
pub mod leftover;
pub mod matching;
pub mod names;
mod pretty;
