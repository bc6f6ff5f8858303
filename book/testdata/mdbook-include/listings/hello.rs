// ANCHOR: main
fn main() {
    let keeper = "Ada";
    // ANCHOR: greet
    println!("Lamp lit by {keeper}");
    // ANCHOR_END: greet
}
// ANCHOR_END: main
