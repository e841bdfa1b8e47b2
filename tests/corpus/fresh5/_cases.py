# -*- coding: utf-8 -*-
"""Hand-written case tables for the fresh5 corpus (places, names, posts, pools).

Everything about people is fictional.  Place names, platform domains and helpline numbers are
real.  Districts are the 41 of the post-28-Dec-2024 map, spelt as in config.toml.
"""

# (place string as written, district or None, police_district or None, outside, place_kind)
PLACES = [
    # Ajmer
    ("Kishangarh", "Ajmer", None, False, "town"),
    ("Kekri", "Ajmer", None, False, "abolished"),
    ("Ajmer Junction", "Ajmer", "GRP Ajmer", False, "railway"),
    # Alwar
    ("Rajgarh, Alwar", "Alwar", None, False, "town"),
    ("अलवर", "Alwar", None, False, "hindi"),
    ("Village Bhangarh, Alwar", "Alwar", None, False, "village"),
    # Balotra
    ("Balotra", "Balotra", None, False, "town"),
    ("Siwana, Barmer", "Balotra", None, False, "old_parent"),
    # Banswara
    ("Kushalgarh", "Banswara", None, False, "town"),
    ("Bagidora, Banswara", "Banswara", None, False, "tehsil"),
    ("Banswada", "Banswara", None, False, "misspelt"),
    # Baran
    ("Chhabra", "Baran", None, False, "town"),
    ("बारां", "Baran", None, False, "hindi"),
    # Barmer
    ("Chohtan", "Barmer", None, False, "tehsil"),
    ("Barmer Railway Station", "Barmer", "GRP Jodhpur", False, "railway"),
    ("344001", "Barmer", None, False, "pin"),
    # Beawar
    ("Beawar City", "Beawar", None, False, "town"),
    ("Masuda, Ajmer", "Beawar", None, False, "old_parent"),
    ("305901", "Beawar", None, False, "pin"),
    # Bharatpur
    ("Bayana", "Bharatpur", None, False, "town"),
    ("Bharatpur Junction", "Bharatpur", "GRP Ajmer", False, "railway"),
    ("321001", "Bharatpur", None, False, "pin"),
    # Bhilwara
    ("Jahazpur, Distt. Shahpura", "Bhilwara", None, False, "abolished"),
    ("Bhilwada", "Bhilwara", None, False, "misspelt"),
    ("Village Bijolia, Bhilwara", "Bhilwara", None, False, "village"),
    # Bikaner
    ("Nokha", "Bikaner", None, False, "town"),
    ("Bikaner Junction", "Bikaner", "GRP Jodhpur", False, "railway"),
    ("334001", "Bikaner", None, False, "pin"),
    # Bundi
    ("Nainwa", "Bundi", None, False, "town"),
    ("बूंदी", "Bundi", None, False, "hindi"),
    # Chittorgarh
    ("Nimbahera", "Chittorgarh", None, False, "town"),
    ("Begun, Chittorgarh", "Chittorgarh", None, False, "tehsil"),
    ("Chittorgarh Railway Station", "Chittorgarh", "GRP Ajmer", False, "railway"),
    # Churu
    ("Sardarshahar", "Churu", None, False, "town"),
    ("Village Salasar, Tehsil Sujangarh, Churu", "Churu", None, False, "village"),
    ("रतनगढ़, चूरू", "Churu", None, False, "hindi"),
    # Dausa
    ("Bandikui", "Dausa", None, False, "town"),
    ("Village Abhaneri, Dausa", "Dausa", None, False, "village"),
    # Deeg
    ("Kaman, Bharatpur", "Deeg", None, False, "old_parent"),
    ("Kumher", "Deeg", None, False, "tehsil"),
    ("डीग", "Deeg", None, False, "hindi"),
    # Dholpur
    ("Bari, Dholpur", "Dholpur", None, False, "town"),
    ("Rajakhera", "Dholpur", None, False, "tehsil"),
    ("328001", "Dholpur", None, False, "pin"),
    # Didwana-Kuchaman
    ("Makrana, Nagaur", "Didwana-Kuchaman", None, False, "old_parent"),
    ("Ladnun", "Didwana-Kuchaman", None, False, "town"),
    ("Kuchaman City", "Didwana-Kuchaman", None, False, "town"),
    # Dungarpur
    ("Sagwara", "Dungarpur", None, False, "town"),
    ("Aspur", "Dungarpur", None, False, "tehsil"),
    ("Dungerpur", "Dungarpur", None, False, "misspelt"),
    # Hanumangarh
    ("Nohar", "Hanumangarh", None, False, "town"),
    ("Pilibanga", "Hanumangarh", None, False, "tehsil"),
    ("Hanumangar", "Hanumangarh", None, False, "misspelt"),
    # Jaipur
    ("Malviya Nagar, Jaipur", "Jaipur", "Jaipur East", False, "locality"),
    ("Vaishali Nagar", "Jaipur", "Jaipur West", False, "locality"),
    ("Dudu", "Jaipur", None, False, "abolished"),
    ("Jaipur Junction", "Jaipur", "GRP Ajmer", False, "railway"),
    ("Phagi, Jaipur Rural", "Jaipur", None, False, "abolished"),
    # Jaisalmer
    ("Pokaran", "Jaisalmer", None, False, "town"),
    ("Jaisalmer Railway Station", "Jaisalmer", "GRP Jodhpur", False, "railway"),
    ("Village Khuri, Jaisalmer", "Jaisalmer", None, False, "village"),
    # Jalore
    ("Bhinmal", "Jalore", None, False, "town"),
    ("Sanchore", "Jalore", None, False, "abolished"),
    ("Ahore, Jalore", "Jalore", None, False, "tehsil"),
    # Jhalawar
    ("Bhawani Mandi", "Jhalawar", None, False, "town"),
    ("Jhalrapatan", "Jhalawar", None, False, "town"),
    ("झालावाड़", "Jhalawar", None, False, "hindi"),
    # Jhunjhunu
    ("Pilani", "Jhunjhunu", None, False, "town"),
    ("Chirawa", "Jhunjhunu", None, False, "town"),
    ("Jhunjunu", "Jhunjhunu", None, False, "misspelt"),
    # Jodhpur
    ("Ratanada, Jodhpur", "Jodhpur", "Jodhpur East", False, "locality"),
    ("Sardarpura", "Jodhpur", "Jodhpur West", False, "locality"),
    ("Jodhpur Railway Station", "Jodhpur", "GRP Jodhpur", False, "railway"),
    ("Osian, Jodhpur Rural", "Jodhpur", None, False, "abolished"),
    ("शास्त्री नगर, जोधपुर", "Jodhpur", "Jodhpur West", False, "hindi"),
    ("Village Dhundhara, Tehsil Luni, Jodhpur", "Jodhpur", None, False, "village"),
    # Karauli
    ("Hindaun City", "Karauli", None, False, "town"),
    ("करौली", "Karauli", None, False, "hindi"),
    # Khairthal-Tijara
    ("Tijara", "Khairthal-Tijara", None, False, "town"),
    ("Kishangarh Bas", "Khairthal-Tijara", None, False, "tehsil"),
    ("Khairthal, Alwar", "Khairthal-Tijara", None, False, "old_parent"),
    # Kota
    ("Ramganj Mandi", "Kota", None, False, "town"),
    ("Kota Junction", "Kota", "GRP Ajmer", False, "railway"),
    # Kotputli-Behror
    ("Neemrana", "Kotputli-Behror", None, False, "town"),
    ("Behror, Alwar", "Kotputli-Behror", None, False, "old_parent"),
    ("Kotputli, Jaipur", "Kotputli-Behror", None, False, "old_parent"),
    # Nagaur
    ("Merta City", "Nagaur", None, False, "town"),
    ("341001", "Nagaur", None, False, "pin"),
    # Pali
    ("Sojat", "Pali", None, False, "town"),
    ("Marwar Junction railway station", "Pali", "GRP Jodhpur", False, "railway"),
    ("Village Ranakpur, Tehsil Desuri, Pali", "Pali", None, False, "village"),
    # Phalodi
    ("Phalodi", "Phalodi", None, False, "town"),
    ("Lohawat, Jodhpur", "Phalodi", None, False, "old_parent"),
    ("Bap", "Phalodi", None, False, "tehsil"),
    # Pratapgarh
    ("Chhoti Sadri", "Pratapgarh", None, False, "town"),
    ("Dhariawad", "Pratapgarh", None, False, "tehsil"),
    ("Pratapgadh", "Pratapgarh", None, False, "misspelt"),
    # Rajsamand
    ("Nathdwara", "Rajsamand", None, False, "town"),
    ("Kumbhalgarh", "Rajsamand", None, False, "tehsil"),
    ("Village Piplantri, Rajsamand", "Rajsamand", None, False, "village"),
    # Salumbar
    ("Salumbar", "Salumbar", None, False, "town"),
    ("Sarada, Udaipur", "Salumbar", None, False, "old_parent"),
    ("Semari", "Salumbar", None, False, "tehsil"),
    # Sawai Madhopur
    ("Gangapur City", "Sawai Madhopur", None, False, "abolished"),
    ("Bonli", "Sawai Madhopur", None, False, "tehsil"),
    ("Sawai Madhopur Junction", "Sawai Madhopur", "GRP Ajmer", False, "railway"),
    # Sikar
    ("Neem Ka Thana", "Sikar", None, False, "abolished"),
    ("Fatehpur, Sikar", "Sikar", None, False, "town"),
    ("Village Khatushyamji, Sikar", "Sikar", None, False, "village"),
    # Sirohi
    ("Abu Road", "Sirohi", None, False, "town"),
    ("Abu Road Railway Station", "Sirohi", "GRP Jodhpur", False, "railway"),
    # Sri Ganganagar
    ("Suratgarh", "Sri Ganganagar", None, False, "town"),
    ("Anupgarh", "Sri Ganganagar", None, False, "abolished"),
    ("श्रीगंगानगर", "Sri Ganganagar", None, False, "hindi"),
    # Tonk
    ("Malpura", "Tonk", None, False, "town"),
    ("Deoli, Tonk", "Tonk", None, False, "tehsil"),
    # Udaipur
    ("Udaipur City Railway Station", "Udaipur", "GRP Ajmer", False, "railway"),
    ("313001", "Udaipur", None, False, "pin"),
    ("Hiran Magri, Udaipur", "Udaipur", None, False, "locality"),
    # outside Rajasthan
    ("Ahmedabad, Gujarat", None, None, True, "outside"),
    ("Indore, Madhya Pradesh", None, None, True, "outside"),
    ("Gurugram, Haryana", None, None, True, "outside"),
    ("Agra, Uttar Pradesh", None, None, True, "outside"),
    ("Pune, Maharashtra", None, None, True, "outside"),
    ("New Delhi", None, None, True, "outside"),
]

# Place only in the post (no location field): (post text, district)
POST_ONLY = [
    ("Pushkar ghat pe baitha hoon, aaj paani mein utar jaunga. Koi mat aana.", "Ajmer"),
    ("Kaylana jheel ke kinare hoon, aakhri baar suraj dekh raha hoon.", "Jodhpur"),
    ("Fateh Sagar ki paal par khadi hoon. Bas ab aur nahi.", "Udaipur"),
]

N_NO_PLACE = 5

FIRST_M = ["Suresh", "Mahendra", "Vikram", "Rakesh", "Imran", "Dinesh", "Harish", "Kamlesh",
           "Bhanwar", "Ramesh", "Jitendra", "Sawai", "Devendra", "Naresh", "Arjun", "Karan",
           "Prakash", "Gopal", "Hemant", "Manish", "Sohail", "Yogesh", "Lokesh", "Pawan",
           "Rohit", "Tarun", "Bhagirath", "Chetan", "Mukesh", "Anil", "Raju", "Shyam"]
FIRST_F = ["Kavya", "Pooja", "Sunita", "Priyanka", "Neha", "Anjali", "Rekha", "Mamta",
           "Sapna", "Kiran", "Nisha", "Farzana", "Bhawna", "Deepika", "Hemlata", "Jyoti",
           "Komal", "Lalita", "Manisha", "Payal", "Ritu", "Santosh", "Tanvi", "Usha"]
SURNAMES = ["Meghwal", "Sharma", "Rathore", "Choudhary", "Jat", "Meena", "Gurjar", "Bishnoi",
            "Saini", "Kumawat", "Prajapat", "Mali", "Rawat", "Bhati", "Shekhawat", "Parihar",
            "Khan", "Qureshi", "Agarwal", "Jain", "Vyas", "Purohit", "Dadhich", "Joshi",
            "Soni", "Swami", "Yadav", "Gehlot", "Sankhla", "Bairwa", "Regar", "Garasiya",
            "Damor", "Kalbeliya", "Suthar", "Charan"]
HI_NAMES = ["सुनीता मेघवाल", "रमेश कुमावत", "पूजा शर्मा", "भंवरलाल जाट", "किरण सैनी",
            "महेंद्र सिंह राठौड़", "ममता प्रजापत", "दिनेश बैरवा", "रेखा गुर्जर", "हरीश माली"]

# posts without topic words
POSTS_PLAIN = [
    "अब और नहीं सहा जाता। सबको मेरा आख़िरी सलाम।",
    "bas ab aur himmat nahi bachi... maaf karna mummy",
    "Kal ka suraj nahi dekhunga. Sab khush raho.",
    "Goodbye everyone. Thank you for everything, I am done.",
    "Sorry papa, main aapke sapne poore nahi kar paya. Ab jaa raha hoon.",
    "नींद की गोलियाँ जमा कर ली हैं, आज रात सब ख़त्म।",
    "This is my last post. Please take care of my dog Bholu.",
    "koi nahi samjhega... aaj ke baad koi pareshani nahi dunga kisi ko",
    "मेरी वजह से घर में सब दुखी हैं, अब मैं चला जाऊँगा हमेशा के लिए।",
    "Pull ke upar khada hoon. Bas ek kadam aur.",
    "Last live. Don't search for me tomorrow.",
    "exam result aaya, fail ho gaya. ab kisi ko muh nahi dikha sakta. alvida",
    "karz itna ho gaya hai ki ab koi rasta nahi dikhta. bacchon ka khayal rakhna",
    "मम्मी पापा मुझे माफ़ करना, मैं अच्छी बेटी नहीं बन पाई।",
    "I have written letters for everyone. Tonight it ends.",
    "नौकरी गई, इज़्ज़त गई, अब जीने का कोई मतलब नहीं।",
    "Everything is dark. No one will miss me & that's okay.",
    "tum log khush rehna, main ja rahi hoon <3",
    "Aaj raat ke baad mera phone band milega. Hamesha ke liye.",
    "मुझे ढूँढना मत। मैं बहुत दूर जा रहा हूँ।",
    "Tired of pretending. Signing off for good.",
    "Blade haath mein hai, aur dard kam nahi ho raha",
    "Sorry Riya, I couldn't be strong enough. Bye forever.",
    "खेत में दवा की बोतल रख दी है, किसान की कोई नहीं सुनता।",
    "Sab mujhe bojh samajhte hain. Aaj ye bojh khatam.",
    "dekh lena, kal news mein mera naam hoga",
    "Mera last status. Is duniya mein ab mann nahi lagta.",
    "छत पर खड़ी हूँ। अब बस।",
    "Final goodbye. Sorry for being a disappointment.",
    "Jheel ke kinare baitha hoon. Paani bahut gehra hai.",
    "नहर के पुल पर हूँ, अब लौटूँगा नहीं।",
    "Aaj mera birthday hai aur aakhri bhi.",
    "I gave away all my things today. Feeling calm for the first time.",
    "kisi ne mera saath nahi diya, ab main bhi sab chhod rahi hoon. hamesha ke liye",
    "पापा का कर्ज़ मेरी वजह से बढ़ा, अब मैं बोझ नहीं बनूँगा।",
    "Rassi le aaya hoon. Ghar waalon se kehna galti meri thi.",
    "Mummy \"sorry\" bolna tha, bol nahi paya. Ab der ho gayi.",
    "सुसाइड नोट नहीं लिखूँगा, बस इतना कि थक गया हूँ।",
    "Dawai ki poori strip kha li. Ab neend aa rahi hai.",
    "2 saal se berozgar hoon. Ab aur nahi chalega ye sab.",
]
# posts with a topic word (regex of the brief)
POSTS_TOPIC = [
    "I want to die. Nothing matters anymore.",
    "Aaj main khudkushi kar lunga, sab log khush rehna.",
    "मैं आत्महत्या करने जा रहा हूँ, मेरी मौत का ज़िम्मेदार कोई नहीं।",
    "Thinking about how to end my life tonight. Pills are ready.",
    "i will kill myself after this video",
    "Khud kushi hi ek rasta bacha hai ab.",
    "self harm again today... can't stop",
    "Suicide note likh diya hai. Maaf karna sabko.",
    "want to die, bas ab aur nahi",
    "आत्महत्या ही आख़िरी रास्ता है, अलविदा दोस्तों।",
    "Going to end my life at the lake tonight.",
    "My suicide is nobody's fault. Please don't blame Ma.",
    "self-harm karke bhi chain nahi milta, aaj sab khatam",
    "नहीं जीना अब, आत्महत्या कर लूँगी आज",
]
# posts that name a place where the person is NOT (trip / film / dream)
POSTS_ELSEWHERE = [
    "Goa trip ki purani photos dekh ke rona aa gaya. Ab aur nahi jeena.",
    "Manali wali trip yaad aa rahi hai, ab kabhi kahin nahi jaunga.",
    "Mumbai jaake actor banna tha, sab sapne toot gaye. Alvida.",
    "Watched Delhi 6 again tonight. Last film. Goodbye.",
    "Shimla mein jo vaada kiya tha woh toot gaya. Ab kuch nahi bacha.",
]
# posts at a railway station / platform (for railway places)
POSTS_RAIL = [
    "Platform no. 3 pe baitha hoon, agli train ke aage kood jaunga.",
    "पटरी के पास बैठा हूँ, आख़िरी ट्रेन का इंतज़ार है।",
    "Station pe hoon. Ghar wapas nahi jaunga. Train aane wali hai.",
    "Railway line ke paas khadi hoon, ab bas.",
]
