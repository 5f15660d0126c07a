"""Products: the customer-service number the app offers to call."""

from tracker.products import from_preset


def test_the_service_number_is_the_users_own_else_the_presets() -> None:
    # DESIGN.md § Presets: JD's customer service is 95118, Alipay's 95188; cards have none.
    assert from_preset("baitiao", "白条").service_number == "95118"
    assert from_preset("baitiao", "白条", service_phone="").service_number == "95118"
    assert from_preset("huabei", "花呗", service_phone="400-1").service_number == "400-1"
    assert from_preset("cn-credit-card", "卡", service_phone="").service_number == ""
