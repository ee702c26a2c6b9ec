"""Qt item models over domain data, kept apart from the widgets that show them."""
