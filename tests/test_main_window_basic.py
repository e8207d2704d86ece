def test_window_lists_the_demo_accounts(qtbot, demo_db, data_dir):
    from relapp.gui.main_window import MainWindow

    window = MainWindow(data_dir)
    qtbot.addWidget(window)
    assert window.accounts_model.rowCount() == 8
