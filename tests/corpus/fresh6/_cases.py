# -*- coding: utf-8 -*-
"""Hand-written tables for the fresh6 corpus: places (with district), names, posts.

Every person is fictional. Places and districts are real (Rajasthan, 41 districts as of 2025).
PLACES rows: (place as written, district, police_district, place_kind, outside_rajasthan)
"""

PLACES = [
    # Ajmer
    ("Kishangarh", "Ajmer", None, "town", False),
    ("Nasirabad, Ajmer", "Ajmer", None, "town", False),
    ("Kekri", "Ajmer", None, "abolished", False),
    ("Ajmer Junction", "Ajmer", "GRP Ajmer", "station", False),
    ("Village Tilonia, Tehsil Kishangarh", "Ajmer", None, "village", False),
    ("305001", "Ajmer", None, "pin", False),
    # Alwar
    ("Rajgarh, Alwar", "Alwar", None, "town", False),
    ("Village Ajabgarh, Tehsil Thanagazi, Alwar", "Alwar", None, "village", False),
    ("Alwar Junction", "Alwar", "GRP Ajmer", "station", False),
    ("301001", "Alwar", None, "pin", False),
    ("अलवर", "Alwar", None, "hindi", False),
    # Balotra
    ("Siwana, Barmer", "Balotra", None, "old_district", False),
    ("Pachpadra", "Balotra", None, "town", False),
    ("Jasol, Balotra", "Balotra", None, "town", False),
    ("बालोतरा", "Balotra", None, "hindi", False),
    # Banswara
    ("Kushalgarh", "Banswara", None, "town", False),
    ("Bagidora, Banswara", "Banswara", None, "tehsil", False),
    ("327001", "Banswara", None, "pin", False),
    # Baran
    ("Chhabra", "Baran", None, "town", False),
    ("Shahabad, Baran", "Baran", None, "tehsil", False),
    ("Anta", "Baran", None, "town", False),
    # Barmer
    ("Chohtan", "Barmer", None, "tehsil", False),
    ("Baytu, Barmer", "Barmer", None, "tehsil", False),
    ("Barmer Railway Station", "Barmer", "GRP Jodhpur", "station", False),
    ("बाड़मेर", "Barmer", None, "hindi", False),
    # Beawar
    ("Masuda, Ajmer", "Beawar", None, "old_district", False),
    ("Jaitaran, Pali", "Beawar", None, "old_district", False),
    ("Byawar", "Beawar", None, "misspelling", False),
    ("Chang Gate Beawar", "Beawar", None, "locality", False),
    # Bharatpur
    ("Bayana", "Bharatpur", None, "town", False),
    ("Rupbas, Bharatpur", "Bharatpur", None, "tehsil", False),
    ("Nadbai", "Bharatpur", None, "town", False),
    ("Bharatpur Junction", "Bharatpur", "GRP Ajmer", "station", False),
    # Bhilwara
    ("Distt. Shahpura", "Bhilwara", None, "abolished", False),
    ("Mandalgarh", "Bhilwara", None, "town", False),
    ("Asind, Bhilwara", "Bhilwara", None, "tehsil", False),
    ("311001", "Bhilwara", None, "pin", False),
    # Bikaner
    ("Nokha", "Bikaner", None, "town", False),
    ("Lunkaransar", "Bikaner", None, "tehsil", False),
    ("Deshnoke, Bikaner", "Bikaner", None, "town", False),
    ("Bikaner Junction", "Bikaner", "GRP Jodhpur", "station", False),
    # Bundi
    ("Nainwa", "Bundi", None, "town", False),
    ("Keshoraipatan, Bundi", "Bundi", None, "tehsil", False),
    ("Lakheri", "Bundi", None, "town", False),
    ("बूंदी", "Bundi", None, "hindi", False),
    # Chittorgarh
    ("Nimbahera", "Chittorgarh", None, "town", False),
    ("Begun, Chittorgarh", "Chittorgarh", None, "tehsil", False),
    ("Chittorgarh Junction", "Chittorgarh", "GRP Ajmer", "station", False),
    ("Kapasan", "Chittorgarh", None, "town", False),
    # Churu
    ("Sardarshahar", "Churu", None, "town", False),
    ("Ratangarh, Churu", "Churu", None, "town", False),
    ("Sujangarh", "Churu", None, "town", False),
    ("Taranagar", "Churu", None, "tehsil", False),
    # Dausa
    ("Lalsot", "Dausa", None, "town", False),
    ("Bandikui Junction", "Dausa", "GRP Ajmer", "station", False),
    ("Village Abhaneri, Tehsil Baswa, Dausa", "Dausa", None, "village", False),
    ("Mahwa", "Dausa", None, "town", False),
    # Deeg
    ("Kaman, Bharatpur", "Deeg", None, "old_district", False),
    ("Kumher", "Deeg", None, "town", False),
    ("डीग", "Deeg", None, "hindi", False),
    # Dholpur
    ("Bari, Dholpur", "Dholpur", None, "town", False),
    ("Rajakhera", "Dholpur", None, "town", False),
    ("Dhaulpur", "Dholpur", None, "misspelling", False),
    ("328001", "Dholpur", None, "pin", False),
    # Didwana-Kuchaman
    ("Makrana, Nagaur", "Didwana-Kuchaman", None, "old_district", False),
    ("Ladnun", "Didwana-Kuchaman", None, "town", False),
    ("Nawan City", "Didwana-Kuchaman", None, "town", False),
    ("Parbatsar", "Didwana-Kuchaman", None, "tehsil", False),
    # Dungarpur
    ("Sagwara", "Dungarpur", None, "town", False),
    ("Aspur, Dungarpur", "Dungarpur", None, "tehsil", False),
    ("Galiyakot", "Dungarpur", None, "town", False),
    ("314001", "Dungarpur", None, "pin", False),
    # Hanumangarh
    ("Nohar", "Hanumangarh", None, "town", False),
    ("Pilibanga", "Hanumangarh", None, "town", False),
    ("Rawatsar, Hanumangarh", "Hanumangarh", None, "tehsil", False),
    ("Sangaria", "Hanumangarh", None, "town", False),
    # Jaipur
    ("Malviya Nagar, Jaipur", "Jaipur", "Jaipur East", "locality", False),
    ("Vaishali Nagar", "Jaipur", "Jaipur West", "locality", False),
    ("Dudu", "Jaipur", None, "abolished", False),
    ("Jaipur Rural", "Jaipur", None, "abolished", False),
    ("Jaipur Junction", "Jaipur", "GRP Ajmer", "station", False),
    ("Village Samode, Tehsil Chomu", "Jaipur", None, "village", False),
    ("Phagi", "Jaipur", None, "tehsil", False),
    ("Jaipure", "Jaipur", None, "misspelling", False),
    ("मालवीय नगर, जयपुर", "Jaipur", "Jaipur East", "hindi", False),
    # Jaisalmer
    ("Pokaran", "Jaisalmer", None, "town", False),
    ("Mohangarh, Jaisalmer", "Jaisalmer", None, "town", False),
    ("Jaisalmer Railway Station", "Jaisalmer", "GRP Jodhpur", "station", False),
    ("Village Khuri, Jaisalmer", "Jaisalmer", None, "village", False),
    ("345001", "Jaisalmer", None, "pin", False),
    # Jalore
    ("Sanchore", "Jalore", None, "abolished", False),
    ("Bhinmal", "Jalore", None, "town", False),
    ("Ahore, Jalore", "Jalore", None, "tehsil", False),
    ("Jalor", "Jalore", None, "misspelling", False),
    # Jhalawar
    ("Bhawani Mandi", "Jhalawar", None, "town", False),
    ("Aklera, Jhalawar", "Jhalawar", None, "town", False),
    ("Jhalrapatan", "Jhalawar", None, "town", False),
    # Jhunjhunu
    ("Nawalgarh", "Jhunjhunu", None, "town", False),
    ("Chirawa, Jhunjhunu", "Jhunjhunu", None, "town", False),
    ("Pilani", "Jhunjhunu", None, "town", False),
    ("Jhunjhunun", "Jhunjhunu", None, "misspelling", False),
    # Jodhpur
    ("Ratanada, Jodhpur", "Jodhpur", "Jodhpur East", "locality", False),
    ("Sardarpura", "Jodhpur", "Jodhpur West", "locality", False),
    ("शास्त्री नगर, जोधपुर", "Jodhpur", "Jodhpur West", "hindi", False),
    ("Jodhpur Rural", "Jodhpur", None, "abolished", False),
    ("Bilara", "Jodhpur", None, "town", False),
    ("Village Khejarli, Tehsil Luni", "Jodhpur", None, "village", False),
    ("Jodhpur Railway Station", "Jodhpur", "GRP Jodhpur", "station", False),
    ("Jodhpure", "Jodhpur", None, "misspelling", False),
    # Karauli
    ("Hindaun City", "Karauli", None, "town", False),
    ("Todabhim", "Karauli", None, "tehsil", False),
    ("Sapotra, Karauli", "Karauli", None, "tehsil", False),
    # Khairthal-Tijara
    ("Khairthal, Alwar", "Khairthal-Tijara", None, "old_district", False),
    ("Tijara", "Khairthal-Tijara", None, "town", False),
    ("Kishangarh Bas", "Khairthal-Tijara", None, "town", False),
    # Kota
    ("Ramganj Mandi", "Kota", None, "town", False),
    ("Sangod, Kota", "Kota", None, "tehsil", False),
    ("Kota Junction", "Kota", "GRP Ajmer", "station", False),
    ("324005", "Kota", None, "pin", False),
    ("कोटा", "Kota", None, "hindi", False),
    # Kotputli-Behror
    ("Behror, Alwar", "Kotputli-Behror", None, "old_district", False),
    ("Kotputli, Jaipur", "Kotputli-Behror", None, "old_district", False),
    ("Neemrana", "Kotputli-Behror", None, "town", False),
    ("Viratnagar", "Kotputli-Behror", None, "town", False),
    # Nagaur
    ("Merta City", "Nagaur", None, "town", False),
    ("Degana, Nagaur", "Nagaur", None, "town", False),
    ("Khinvsar", "Nagaur", None, "tehsil", False),
    ("341001", "Nagaur", None, "pin", False),
    # Pali
    ("Sojat", "Pali", None, "town", False),
    ("Sumerpur, Pali", "Pali", None, "town", False),
    ("Marwar Junction", "Pali", "GRP Jodhpur", "station", False),
    ("306401", "Pali", None, "pin", False),
    # Phalodi
    ("Lohawat, Jodhpur", "Phalodi", None, "old_district", False),
    ("Bap", "Phalodi", None, "tehsil", False),
    ("फलोदी", "Phalodi", None, "hindi", False),
    # Pratapgarh
    ("Chhoti Sadri", "Pratapgarh", None, "town", False),
    ("Arnod, Pratapgarh", "Pratapgarh", None, "tehsil", False),
    ("Dhariawad", "Pratapgarh", None, "town", False),
    # Rajsamand
    ("Nathdwara", "Rajsamand", None, "town", False),
    ("Kumbhalgarh", "Rajsamand", None, "tehsil", False),
    ("Amet, Rajsamand", "Rajsamand", None, "town", False),
    ("Kankroli", "Rajsamand", None, "town", False),
    # Salumbar
    ("Sarada, Udaipur", "Salumbar", None, "old_district", False),
    ("Lasadia", "Salumbar", None, "tehsil", False),
    ("सलूम्बर", "Salumbar", None, "hindi", False),
    # Sawai Madhopur
    ("Gangapur City", "Sawai Madhopur", None, "abolished", False),
    ("Bamanwas", "Sawai Madhopur", None, "tehsil", False),
    ("Sawai Madhopur Junction", "Sawai Madhopur", "GRP Ajmer", "station", False),
    ("322001", "Sawai Madhopur", None, "pin", False),
    # Sikar
    ("Neem Ka Thana", "Sikar", None, "abolished", False),
    ("Fatehpur, Sikar", "Sikar", None, "town", False),
    ("Khandela", "Sikar", None, "town", False),
    ("Losal", "Sikar", None, "town", False),
    # Sirohi
    ("Abu Road", "Sirohi", None, "town", False),
    ("Mount Abu", "Sirohi", None, "town", False),
    ("Pindwara, Sirohi", "Sirohi", None, "tehsil", False),
    ("Abu Road Railway Station", "Sirohi", "GRP Jodhpur", "station", False),
    # Sri Ganganagar
    ("Anupgarh", "Sri Ganganagar", None, "abolished", False),
    ("Suratgarh", "Sri Ganganagar", None, "town", False),
    ("Raisinghnagar", "Sri Ganganagar", None, "town", False),
    ("335001", "Sri Ganganagar", None, "pin", False),
    # Tonk
    ("Malpura", "Tonk", None, "town", False),
    ("Niwai, Tonk", "Tonk", None, "town", False),
    ("Deoli", "Tonk", None, "town", False),
    ("304001", "Tonk", None, "pin", False),
    # Udaipur
    ("Gogunda", "Udaipur", None, "tehsil", False),
    ("Jhadol, Udaipur", "Udaipur", None, "tehsil", False),
    ("Hiran Magri, Udaipur", "Udaipur", None, "locality", False),
    ("Udaipur City Railway Station", "Udaipur", "GRP Ajmer", "station", False),
    ("313001", "Udaipur", None, "pin", False),
    # outside Rajasthan
    ("Indore, Madhya Pradesh", None, None, "outside", True),
    ("Gurugram, Haryana", None, None, "outside", True),
    ("Ahmedabad, Gujarat", None, None, "outside", True),
    ("Pune, Maharashtra", None, None, "outside", True),
]

# post_only: the place field is absent; the only location is in the post. (district, post, topic?)
POST_ONLY = [
    ("Ajmer", "Pushkar ghat pe baitha hoon, aaj raat yahin se sab khatam. koi mat dhoondhna.", False),
    ("Jodhpur", "Kaylana jheel ke kinare khada hoon. paani bahut shaant lag raha hai, main bhi shaant ho jaunga.", False),
    ("Udaipur", "Fateh Sagar ki paal pe aakhri baar. sorry maa, ab nahi sehna.", False),
    ("Jaisalmer", "Sonar Quila ki deewar se neeche dekh raha hoon. bas ek kadam aur. I want to die.", True),
    ("Chittorgarh", "चित्तौड़ के किले पर बैठा हूँ, आज के बाद कोई परेशान नहीं होगा।", False),
]

FIRST = ["Aarav", "Bhavna", "Chetan", "Deepika", "Farhan", "Gajendra", "Hemlata", "Ishwar", "Jyoti",
         "Kailash", "Lalita", "Mahesh", "Nirmala", "Om Prakash", "Pooja", "Rakesh", "Sunita", "Tarun",
         "Usha", "Vikram", "Yashpal", "Zoya", "Anil", "Babita", "Dinesh", "Geeta", "Himmat", "Kiran",
         "Manju", "Naresh", "Prem", "Rekha", "Sanjay", "Tulsi", "Vinod", "Ritu", "Shabnam", "Arjun",
         "Mamta", "Bhupendra", "Kusum", "Lokesh", "Sarita", "Devendra", "Priyanka", "Jitendra"]
LAST = ["Choudhary", "Rathore", "Meena", "Jangid", "Bishnoi", "Saini", "Prajapat", "Gurjar", "Sharma",
        "Shekhawat", "Kumawat", "Bairwa", "Rajpurohit", "Mali", "Jat", "Dewasi", "Khan", "Sen",
        "Charan", "Regar", "Garasiya", "Bhil", "Soni", "Agarwal", "Jain", "Parihar", "Solanki",
        "Sankhla", "Yadav", "Kanwar"]

# (latin, devanagari) names for Hindi-labelled layouts
DEVA_NAMES = [("Ramesh Bishnoi", "रमेश बिश्नोई"), ("Sunita Meena", "सुनीता मीणा"),
              ("Mahendra Jat", "महेंद्र जाट"), ("Kamla Devi", "कमला देवी"),
              ("Pawan Saini", "पवन सैनी"), ("Anita Kumawat", "अनीता कुमावत")]

# Posts: (text, has_topic_word)
POSTS_TOPIC = [
    "I want to die tonight. nobody will even notice.",
    "aaj raat khudkushi kar lunga, ghar wale maaf karna",
    "मैं आज आत्महत्या कर लूँगा, मेरे बाद किसी को दोष मत देना",
    "going to end my life after this live, thank you all",
    "self harm again today. cant stop. scars everywhere",
    "bas, kill myself karne ka faisla kar liya hai",
    "khud kushi hi ek rasta bacha hai ab",
    "Thinking about suicide every minute since the result came.",
    "i will end my life at 5 am, pills are ready",
    "jeene ka mann nahi, want to die, sorry papa",
    "आत्महत्या के अलावा कोई रास्ता नहीं बचा",
    "self-harm is the only thing that helps me now",
]
POSTS_NEUTRAL = [
    "sab khatam. ab aur nahi sehna. alvida doston",
    "सब को अलविदा। आज रात के बाद मैं किसी को तंग नहीं करूँगा।",
    "this is my last post. thank you for everything, take care of mom",
    "neend ki goliyan jama kar li hain, aaj sab shaant ho jayega",
    "कोई मुझे ढूंढना मत, मैं बहुत दूर जा रहा हूँ",
    "rope is ready. sorry to everyone i hurt.",
    "kal ka suraj nahi dekhunga. maa papa maaf karna",
    "No one will miss me. Goodbye world.",
    "मेरी वजह से सब परेशान हैं, आज ये परेशानी खत्म कर दूंगी",
    "bas aaj aakhri din hai, phone band kar raha hoon",
    "exam fail, ghar nahi ja sakta. train ke aage... bas",
    "I am done. Writing letters to my family now.",
    "मम्मी मुझे माफ कर देना, अब और नहीं",
    "zindagi se thak gaya hoon, aaj sab khatam kar dunga",
]
# posts naming a place that is NOT where the person is (trap post_place)
POSTS_PLACE_TRAP = [
    ("Goa jaane ka plan tha uske saath, ab kuch nahi bacha. aaj sab khatam.", False),
    ("Manali ki woh trip yaad aa rahi hai. ab main nahi rahunga.", False),
    ("Mumbai jaake hero banna tha, ab bas alvida", False),
    ("Shimla mein jo hua uske baad jeene ka mann nahi, want to die", True),
    ("Delhi 6 dekh ke roya aaj, kal tak main nahi rahunga", False),
]
