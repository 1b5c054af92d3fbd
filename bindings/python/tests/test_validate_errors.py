import pytest

import pii
from conftest import LINE


@pytest.mark.parametrize("entity,value,ok", [
    ("US_SSN", "536-22-1874", True),
    ("US_SSN", "078-05-1120", False),
    ("US_SSN", "666-22-1874", False),
    ("CREDIT_CARD", "4539 5260 1815 9083", True),
    ("CREDIT_CARD", "4539 5260 1815 9084", False),
    ("IBAN_CODE", "DE89 3704 0044 0532 0130 00", True),
    ("IBAN_CODE", "DE89 3704 0044 0532 0130 01", False),
    ("ABA_ROUTING_NUMBER", "122975437", True),
    ("EMAIL_ADDRESS", "jane.doe@example.com", True),
    ("IP_ADDRESS", "256.1.1.1", False),
    ("MAC_ADDRESS", "00:1A:2B:3C:4D:5E", True),
])
def test_validate(entity, value, ok):
    assert pii.validate(entity, value) is ok
    assert pii.validate(entity, value.encode()) is ok
    assert pii.Engine.validate(entity, value) is ok


def test_validate_ex_and_named():
    assert pii.validate_ex("CREDIT_CARD", "4539 5260 1815 9083") == (True, "VISA")
    assert pii.validate_ex("IBAN_CODE", "DE89 3704 0044 0532 0130 00") == (True, "DE")
    assert pii.validate_ex("IP_ADDRESS", "2001:db8::1") == (True, "IPV6")
    assert pii.validate_ex("US_SSN", "000-12-3456") == (False, "")
    assert pii.validate_named("luhn", "79927398713") is True
    assert pii.validate_named("LUHN", "79927398710") is False
    assert pii.validate("us_ssn", "536-22-1874") is True  # names are case-insensitive


def test_validate_errors():
    with pytest.raises(pii.UnknownEntityError) as ei:
        pii.validate("NO_SUCH_ENTITY", "1")
    assert ei.value.code == -5 and ei.value.name == "PII_ERR_UNKNOWN_ENTITY"
    assert isinstance(ei.value, ValueError) and isinstance(ei.value, pii.Error)
    with pytest.raises(pii.UnsupportedError) as ei:
        pii.validate_named("crc32", "1234")
    assert ei.value.code == -10
    with pytest.raises(TypeError):
        pii.validate("US_SSN", 536221874)


def test_error_classes_and_codes():
    cases = {-2: pii.InvalidArgumentError, -3: pii.OutOfMemoryError, -4: pii.StateError,
             -5: pii.UnknownEntityError, -6: pii.PatternError, -7: pii.MatchLimitError,
             -8: pii.StateError, -10: pii.UnsupportedError, -11: pii.SessionError,
             -12: pii.PolicyError, -13: pii.InputOutputError, -14: pii.InternalError}
    for code, cls in cases.items():
        with pytest.raises(cls) as ei:
            pii._pii._raise(code, "detail")
        e = ei.value
        assert e.code == code
        assert e.name == pii._pii.error_info(code)[0] and e.name.startswith("PII_ERR_")
        assert "detail" in str(e)
    assert issubclass(pii.OutOfMemoryError, MemoryError)
    assert issubclass(pii.SessionError, pii.StateError)
    assert issubclass(pii.PolicyError, ValueError)


def test_builder_errors_carry_codes():
    with pytest.raises(pii.UnknownEntityError) as ei:
        pii.Engine(entities=["US_SSN", "NOT_AN_ENTITY"])
    assert ei.value.code == -5
    with pytest.raises(pii.InvalidArgumentError) as ei:
        pii.Engine(min_score=1.5)
    assert ei.value.code == -2
    with pytest.raises(pii.InvalidArgumentError):
        pii.Engine(context_window=0)
    with pytest.raises(pii.InvalidArgumentError) as ei:
        pii.Engine(operators={"*": "scramble"})
    assert "unknown operator" in str(ei.value)
    with pytest.raises(pii.UnknownEntityError):
        pii.Engine(operators={"NOPE": "tag"})
    with pytest.raises(pii.InvalidArgumentError):
        pii.Engine(operators={"*": {"op": "mask", "shade": 3}})


def test_error_messages_hold_no_input_text():
    secret = "536-22-1874"
    for bad in ({"*": "mask:keep=" + secret}, {"*": "tag:format=" + "x" * 200}):
        with pytest.raises(pii.Error) as ei:
            pii.Engine(operators=bad)
        assert secret not in str(ei.value)
    assert pii.scan(LINE)  # the module keeps working after errors
