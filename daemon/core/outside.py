"""Places outside Rajasthan: India's other states and union territories, their best-known
cities, and the PIN ranges of each postal circle. A report that puts the person there has no
Rajasthan district; the state control room decides whom to call, and is told why.
"""

from __future__ import annotations

# state or UT -> well-known cities and other names people write
STATES: dict[str, tuple[str, ...]] = {
    "Delhi": ("New Delhi", "Dilli", "दिल्ली", "नई दिल्ली", "NCR"),
    "Haryana": ("Gurugram", "Gurgaon", "Faridabad", "Rewari", "Hisar", "Sirsa", "Rohtak", "Panipat", "Ambala",
                "Karnal", "Sonipat", "Mahendragarh", "Narnaul", "हरियाणा", "गुड़गांव"),
    "Punjab": ("Ludhiana", "Amritsar", "Jalandhar", "Patiala", "Bathinda", "Mohali", "Fazilka", "Abohar", "पंजाब"),
    "Chandigarh": (),
    "Himachal Pradesh": ("Shimla", "Manali", "Dharamshala"),
    "Jammu and Kashmir": ("Srinagar", "Jammu"),
    "Ladakh": ("Leh",),
    "Uttar Pradesh": ("Lucknow", "Kanpur", "Agra", "Mathura", "Noida", "Greater Noida", "Ghaziabad", "Varanasi",
                      "Prayagraj", "Allahabad", "Meerut", "Aligarh", "Bareilly", "Gorakhpur", "Jhansi", "उत्तर प्रदेश",
                      "आगरा", "लखनऊ"),
    "Uttarakhand": ("Dehradun", "Haridwar", "Rishikesh", "Nainital"),
    "Gujarat": ("Ahmedabad", "Surat", "Vadodara", "Baroda", "Rajkot", "Gandhinagar Gujarat", "Palanpur", "Deesa",
                "Mehsana", "Himmatnagar", "Bhuj", "गुजरात", "अहमदाबाद", "सूरत"),
    "Maharashtra": ("Mumbai", "Bombay", "Pune", "Nagpur", "Nashik", "Thane", "Navi Mumbai", "Aurangabad", "मुंबई",
                    "महाराष्ट्र", "पुणे"),
    "Madhya Pradesh": ("Bhopal", "Indore", "Gwalior", "Jabalpur", "Ujjain", "Neemuch", "Mandsaur", "Ratlam",
                       "Morena", "Sheopur", "मध्य प्रदेश", "इंदौर", "भोपाल"),
    "Chhattisgarh": ("Bhilai",),
    # not "Gaya": it is the Hindi verb "went" (गया, "ho gaya"), in most Hindi and Hinglish posts
    "Bihar": ("Patna", "Muzaffarpur", "बिहार"),
    "Jharkhand": ("Ranchi", "Jamshedpur", "Dhanbad"),
    "West Bengal": ("Kolkata", "Calcutta", "Howrah", "Siliguri", "Bengal"),
    "Odisha": ("Orissa", "Bhubaneswar", "Cuttack"),
    "Assam": ("Guwahati",),
    "Telangana": ("Hyderabad", "Secunderabad", "Warangal"),
    "Andhra Pradesh": ("Visakhapatnam", "Vizag", "Vijayawada", "Guntur", "Tirupati"),
    "Karnataka": ("Bengaluru", "Bangalore", "Mysuru", "Mysore", "Mangaluru", "Hubli"),
    "Tamil Nadu": ("Chennai", "Madras", "Coimbatore", "Madurai"),
    "Kerala": ("Kochi", "Cochin", "Thiruvananthapuram", "Trivandrum", "Kozhikode"),
    "Goa": ("Panaji", "Margao"),
    "Sikkim": ("Gangtok",), "Meghalaya": ("Shillong",), "Manipur": ("Imphal",), "Mizoram": ("Aizawl",),
    "Nagaland": ("Kohima",), "Tripura": ("Agartala",), "Arunachal Pradesh": ("Itanagar",),
    "Puducherry": ("Pondicherry",), "Andaman and Nicobar Islands": ("Port Blair",),
    "Dadra and Nagar Haveli and Daman and Diu": ("Daman", "Silvassa"), "Lakshadweep": (),
}
# postal circles by the first two digits of a PIN (Rajasthan is 30-34)
PIN_STATES: dict[str, str] = {
    "11": "Delhi", "12": "Haryana", "13": "Haryana", "14": "Punjab", "15": "Punjab", "16": "Punjab",
    "17": "Himachal Pradesh", "18": "Jammu and Kashmir", "19": "Jammu and Kashmir", "20": "Uttar Pradesh",
    "21": "Uttar Pradesh", "22": "Uttar Pradesh", "23": "Uttar Pradesh", "24": "Uttar Pradesh",
    "25": "Uttar Pradesh", "26": "Uttarakhand", "27": "Uttar Pradesh", "28": "Uttar Pradesh",
    "36": "Gujarat", "37": "Gujarat", "38": "Gujarat", "39": "Gujarat", "40": "Maharashtra",
    "41": "Maharashtra", "42": "Maharashtra", "43": "Maharashtra", "44": "Maharashtra",
    "45": "Madhya Pradesh", "46": "Madhya Pradesh", "47": "Madhya Pradesh", "48": "Madhya Pradesh",
    "49": "Chhattisgarh", "50": "Telangana", "51": "Andhra Pradesh", "52": "Andhra Pradesh",
    "53": "Andhra Pradesh", "56": "Karnataka", "57": "Karnataka", "58": "Karnataka", "59": "Karnataka",
    "60": "Tamil Nadu", "61": "Tamil Nadu", "62": "Tamil Nadu", "63": "Tamil Nadu", "64": "Tamil Nadu",
    "67": "Kerala", "68": "Kerala", "69": "Kerala", "70": "West Bengal", "71": "West Bengal",
    "72": "West Bengal", "73": "West Bengal", "74": "West Bengal", "75": "Odisha", "76": "Odisha",
    "77": "Odisha", "78": "Assam", "79": "Assam", "80": "Bihar", "81": "Bihar", "82": "Jharkhand",
    "83": "Jharkhand", "84": "Bihar", "85": "Bihar",
}
RAJASTHAN_NAMES = ("Rajasthan", "राजस्थान")


def state_of_pin(pin: str) -> str | None:
    """The state a PIN outside Rajasthan belongs to; None for Rajasthan's or an unknown PIN."""
    return PIN_STATES.get(pin[:2]) if len(pin) == 6 and pin.isdigit() else None
