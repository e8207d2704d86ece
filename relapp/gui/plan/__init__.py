"""The account plan in the window: the plan tab, its dialogs and the stage line."""
